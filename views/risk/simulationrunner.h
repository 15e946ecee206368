// Runs simulate() (model/engine/risk/montecarlo.h) off the GUI thread: one std::thread that itself
// uses the simulation's worker threads. Progress is read from an atomic counter (the panel polls
// it), the result comes back to the GUI thread through a queued call, and cancel() sets the flag
// the workers check after every trial. Destroying the runner cancels and waits for the thread.
#pragma once

#include "montecarlo.h"

#include <QObject>

#include <atomic>
#include <memory>
#include <thread>

namespace effekt::views {

class SimulationRunner : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    ~SimulationRunner() override;

    // Starts a run; false while one is running.
    bool start(const Project &project, const SimulationOptions &options);
    void cancel();
    bool isRunning() const { return running_; }
    // Trials done so far (from any thread) and asked for.
    int done() const { return done_.load(std::memory_order_relaxed); }
    int total() const { return total_; }
    // The last finished run (cancelled, or failed: none).
    const SimulationResult *result() const { return result_.get(); }
    // Why the last run failed (its computation threw), or empty.
    QString failure() const { return failure_; }

signals:
    void finished();

private:
    void join();
    std::thread thread_;
    std::atomic<bool> cancel_{false};
    std::atomic<int> done_{0};
    int total_ = 0;
    bool running_ = false;
    std::shared_ptr<const SimulationResult> result_;
    QString failure_;
};

} // namespace effekt::views
