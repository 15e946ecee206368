#include "document.h"

#include "diagnostictext.h"
#include "projectcommand.h"
#include "storage_fields.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace effekt::views {

Document::Document(QObject *parent)
    : QObject(parent)
    , undoStack_(new QUndoStack(this)) {
    connect(undoStack_, &QUndoStack::cleanChanged, this,
            [this](bool clean) { emit modifiedChanged(!clean); });
    project_.normalise();
    recompute();
}

struct Document::Computed {
    quint64 generation = 0;
    Project project;
    Results results;
    double ms = 0;
};

namespace {
// The engine on a copy of the project, timed.
Results timedCompute(const Project &project, Basis basis, double &ms) {
    QElapsedTimer timer;
    timer.start();
    Results r = compute(project, basis);
    ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    return r;
}
} // namespace

Document::~Document() {
    if (watcher_)
        watcher_->waitForFinished();
}

void Document::setBasis(Basis basis) {
    if (basis == basis_)
        return;
    basis_ = basis;
    recompute();
}

namespace {
// What the pre-save check refuses about a value (out of range, too long, not text, a national
// identity number): a project holding one could not be saved.
Diagnostics unsavableValues(const Project &p) {
    Diagnostics out;
    for (Diagnostic &d : io::checkProject(p))
        if (d.severity == Severity::Error &&
            (d.code == DiagCode::ValueOutOfRange || d.code == DiagCode::ValueTooLong ||
             d.code == DiagCode::ValueWrongType || d.code == DiagCode::NationalIdInLedger))
            out.push_back(std::move(d));
    maskNationalIds(out);
    return out;
}
} // namespace

bool Document::apply(Project after, const QString &text, const QString &mergeKey,
                     const EditLocation &where) {
    if (readOnly_ || after == project_)
        return false;
    after.normalise();
    // The same limits as the saver, for every editor (forms, grids, paste, imports): a value the
    // file would refuse does not get in, unless the project held such a value already.
    if (const Diagnostics bad = unsavableValues(after);
        !bad.empty() && unsavableValues(project_).empty()) {
        emit refused(tr("Not changed: %1").arg(diagnosticText(bad.front(), &after)));
        return false;
    }
    applying_ = true;
    undoStack_->push(new ProjectCommand(this, project_, std::move(after), text, mergeKey, where));
    applying_ = false;
    return true;
}

void Document::reset(Project project, const QString &filePath, bool readOnly) {
    project.normalise();
    undoStack_->clear();
    project_ = std::move(project);
    const bool wasCopy = !copyName_.isEmpty();
    copyName_.clear();
    if (wasCopy && filePath == filePath_)
        emit filePathChanged(); // the title loses the copy's name
    setFilePath(filePath);
    setReadOnly(readOnly);
    undoStack_->setClean();
    recompute();
    emit projectChanged();
    emit messagesOutdated();
}

void Document::resetAsCopy(Project project) {
    const QString name = QString::fromStdString(project.name).simplified();
    reset(std::move(project));
    if (name.isEmpty())
        return;
    copyName_ = name;
    emit filePathChanged(); // the title changes with the name
}

void Document::setFilePath(const QString &path) {
    if (path == filePath_)
        return;
    filePath_ = path;
    emit filePathChanged();
}

QString Document::displayName() const {
    if (!filePath_.isEmpty())
        return QFileInfo(filePath_).fileName();
    return copyName_.isEmpty() ? tr("Untitled") : copyName_;
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
    if (!applying_) {
        emit messagesOutdated();
        emit navigateRequested(where);
    }
}

void Document::recompute() {
    ++generation_;
    const bool async = asyncThresholdMs_ >= 0 && lastComputeMs_ > asyncThresholdMs_;
    if (!async && !computing_) {
        results_ = timedCompute(project_, basis_, lastComputeMs_);
        resultsProject_ = project_;
        emit resultsChanged();
        return;
    }
    // Slow: compute off the GUI thread. When one is running, the newest request starts when it
    // ends (asyncFinished), so stale computations never pile up.
    if (!computing_)
        startAsync();
}

void Document::startAsync() {
    if (!watcher_) {
        watcher_ = new QFutureWatcher<Computed>(this);
        connect(watcher_, &QFutureWatcher<Computed>::finished, this, &Document::asyncFinished);
    }
    const bool started = !computing_;
    computing_ = true;
    pending_ = true;
    watcher_->setFuture(
        QtConcurrent::run([generation = generation_, project = project_, basis = basis_]() {
            Computed c;
            c.generation = generation;
            c.results = timedCompute(project, basis, c.ms);
            c.project = project;
            return c;
        }));
    if (started)
        emit computingChanged(true);
}

void Document::asyncFinished() {
    // The finished signal may come after waitForResults() took the result already.
    if (!pending_ || !watcher_->isFinished())
        return;
    pending_ = false;
    Computed c = watcher_->result();
    lastComputeMs_ = c.ms;
    if (c.generation != generation_) {
        // Stale: the project changed meanwhile. Drop it and compute the newest.
        startAsync();
        return;
    }
    results_ = std::move(c.results);
    resultsProject_ = std::move(c.project);
    computing_ = false;
    emit computingChanged(false);
    emit resultsChanged();
}

void Document::waitForResults() {
    while (computing_) {
        watcher_->waitForFinished();
        asyncFinished();
    }
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
