// The open project: its value, its undo stack, its file, and the results computed from it.
//
// Every change goes through apply(): it pushes one ProjectCommand holding the project before and
// after (cheap: the large parts are shared immutable values), so the whole edit history is undoable
// and every view updates from one signal. Item models never mutate the project themselves.
// "Modified" is the undo stack not being clean.
#pragma once

#include "engine.h"
#include "project.h"

#include <QObject>
#include <QString>
#include <QUndoStack>

template <typename T> class QFutureWatcher;

namespace effekt::views {

// Where an edit happened, so that undo and redo can bring the user back to it.
struct EditLocation {
    QString page; // a page id (see app/pages.cpp), empty: stay
    int row = -1;
    int column = -1;
    QString field;      // an object name of the edited widget, or empty
    int rowSpan = 1;    // rows edited from `row` on (a pasted or filled block)
    int columnSpan = 1; // columns edited from `column` on
};

class Document : public QObject {
    Q_OBJECT
public:
    explicit Document(QObject *parent = nullptr);
    ~Document() override;

    const Project &project() const { return project_; }
    // The results of the last finished computation for the current project. While a long
    // computation runs in the background (isComputing()), these are the previous results, and
    // resultsProject() is the project they were computed from: views of results read names and
    // periods from resultsProject() so that the two always match.
    const Results &results() const { return results_; }
    const Project &resultsProject() const { return resultsProject_; }
    bool isComputing() const { return computing_; }
    // Milliseconds the last computation took.
    double lastComputeMs() const { return lastComputeMs_; }
    // Computations that took longer than this (the last one measured) run off the GUI thread;
    // a negative value keeps every computation synchronous (the default for small projects is
    // synchronous anyway, as they take well under the threshold).
    void setAsyncThresholdMs(double ms) { asyncThresholdMs_ = ms; }
    double asyncThresholdMs() const { return asyncThresholdMs_; }
    // Blocks until no computation is running (tests, saving screenshots).
    void waitForResults();
    Basis basis() const { return basis_; }
    void setBasis(Basis basis);

    QUndoStack *undoStack() const { return undoStack_; }

    // Replaces the project with `after` as one undoable step named `text`. Consecutive steps with
    // the same non-empty mergeKey merge into one (typing into one field). A step that changes
    // nothing is not recorded. A change bringing in a value the project file would refuse (out of
    // the limits of valuelimits.h, too long, a national identity number) is not made: refused()
    // says why. Returns whether anything changed.
    bool apply(Project after, const QString &text, const QString &mergeKey = {},
               const EditLocation &where = {});

    // Starts afresh with `project` (New, Open): clears the history, marks the document clean.
    void reset(Project project, const QString &filePath = {}, bool readOnly = false);
    // Starts afresh with a copy of a bundled template or example: no file (Save asks for a place,
    // the bundled file is never written), but named by the contract's name instead of "Untitled"
    // until it is saved.
    void resetAsCopy(Project project);

    QString filePath() const { return filePath_; }
    void setFilePath(const QString &path);
    // The file name; without a file, the name of the template or example it is a copy of
    // (resetAsCopy), or "Untitled".
    QString displayName() const;
    // Whether the document is an unsaved copy of a template or example (resetAsCopy).
    bool isCopy() const { return filePath_.isEmpty() && !copyName_.isEmpty(); }
    bool isModified() const { return !undoStack_->isClean(); }
    void setClean() { undoStack_->setClean(); }
    bool isReadOnly() const { return readOnly_; }
    void setReadOnly(bool readOnly);

    // Asks the main window to show a place (a diagnostic clicked in Results).
    void navigateTo(const EditLocation &where) { emit navigateRequested(where); }

    // Used by ProjectCommand only.
    void setProjectFromCommand(const Project &project, const EditLocation &where);

signals:
    void projectChanged();
    void resultsChanged();
    // A background computation started (true) or ended (false).
    void computingChanged(bool computing);
    void filePathChanged();
    void readOnlyChanged(bool readOnly);
    void modifiedChanged(bool modified);
    // After an undo or redo: the views show this place.
    void navigateRequested(const effekt::views::EditLocation &where);
    // The project was undone or redone to another state, or replaced (New, Open, Close): a message
    // about the last action ("Pasted 6 cells.") no longer holds and is cleared.
    void messagesOutdated();
    // apply() refused a change; `why` is a translated sentence naming the field.
    void refused(const QString &why);

private:
    void recompute();
    void startAsync();
    void asyncFinished();

    Project project_;
    Results results_;
    Project resultsProject_;
    // Each recompute request gets a new generation; a background result of an older one is
    // dropped (and the newest request started instead).
    quint64 generation_ = 0;
    bool computing_ = false;
    bool pending_ = false; // the watcher's future has a result not taken yet
    double lastComputeMs_ = 0;
    // Well under a frame (16 ms): the Results page still has its own rebuilding to do after a
    // synchronous computation. The worked example computes in 0.02 ms and the large benchmark
    // contract in about 2 ms (synchronous); with its 100,000-row ledger in about 30 ms
    // (background).
    double asyncThresholdMs_ = 10;
    struct Computed;
    QFutureWatcher<Computed> *watcher_ = nullptr;
    Basis basis_ = Basis::Forecast;
    QUndoStack *undoStack_;
    QString filePath_;
    QString copyName_; // resetAsCopy: the contract's name at the time, shown until saved
    bool readOnly_ = false;
    bool applying_ = false;
};

} // namespace effekt::views
