#include "document.h"

#include "projectcommand.h"

#include <QFileInfo>

namespace effekt::views {

Document::Document(QObject *parent)
    : QObject(parent)
    , undoStack_(new QUndoStack(this)) {
    connect(undoStack_, &QUndoStack::cleanChanged, this,
            [this](bool clean) { emit modifiedChanged(!clean); });
    project_.normalise();
    recompute();
}

Document::~Document() = default;

void Document::setBasis(Basis basis) {
    if (basis == basis_)
        return;
    basis_ = basis;
    recompute();
}

bool Document::apply(Project after, const QString &text, const QString &mergeKey,
                     const EditLocation &where) {
    if (readOnly_ || after == project_)
        return false;
    after.normalise();
    applying_ = true;
    undoStack_->push(new ProjectCommand(this, project_, std::move(after), text, mergeKey, where));
    applying_ = false;
    return true;
}

void Document::reset(Project project, const QString &filePath, bool readOnly) {
    project.normalise();
    undoStack_->clear();
    project_ = std::move(project);
    setFilePath(filePath);
    setReadOnly(readOnly);
    undoStack_->setClean();
    recompute();
    emit projectChanged();
}

void Document::setFilePath(const QString &path) {
    if (path == filePath_)
        return;
    filePath_ = path;
    emit filePathChanged();
}

QString Document::displayName() const {
    return filePath_.isEmpty() ? tr("Untitled") : QFileInfo(filePath_).fileName();
}

void Document::setReadOnly(bool readOnly) {
    if (readOnly == readOnly_)
        return;
    readOnly_ = readOnly;
    emit readOnlyChanged(readOnly);
}

void Document::setProjectFromCommand(const Project &project, const EditLocation &where) {
    project_ = project;
    recompute();
    emit projectChanged();
    if (!applying_)
        emit navigateRequested(where);
}

void Document::recompute() {
    results_ = compute(project_, basis_);
    emit resultsChanged();
}

// ---- ProjectCommand
// ------------------------------------------------------------------------------

ProjectCommand::ProjectCommand(Document *document, Project before, Project after,
                               const QString &text, QString mergeKey, EditLocation where)
    : QUndoCommand(text)
    , document_(document)
    , before_(std::move(before))
    , after_(std::move(after))
    , mergeKey_(std::move(mergeKey))
    , where_(std::move(where)) {}

void ProjectCommand::undo() {
    document_->setProjectFromCommand(before_, where_);
}

void ProjectCommand::redo() {
    document_->setProjectFromCommand(after_, where_);
}

bool ProjectCommand::mergeWith(const QUndoCommand *other) {
    const auto *o = dynamic_cast<const ProjectCommand *>(other);
    if (!o || o->mergeKey_ != mergeKey_ || o->document_ != document_)
        return false;
    after_ = o->after_;
    // Typing a value and then typing the old one back leaves nothing to undo.
    setObsolete(after_ == before_);
    return true;
}

} // namespace effekt::views
