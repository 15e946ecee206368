// One undoable change of the project: the project before and after. Ownership: the undo stack owns
// the command; the command holds values only (no pointers into the project).
#pragma once

#include "document.h"

#include <QUndoCommand>

namespace effekt::views {

class ProjectCommand : public QUndoCommand {
public:
    static constexpr int kMergeableId = 0x4546; // commands with a merge key share this id

    ProjectCommand(Document *document, Project before, Project after, const QString &text,
                   QString mergeKey, EditLocation where);

    void undo() override;
    void redo() override;
    int id() const override { return mergeKey_.isEmpty() ? -1 : kMergeableId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    Document *document_;
    Project before_;
    Project after_;
    QString mergeKey_;
    EditLocation where_;
};

} // namespace effekt::views
