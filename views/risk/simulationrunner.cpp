#include "simulationrunner.h"

#include <exception>

namespace effekt::views {

SimulationRunner::~SimulationRunner() {
    cancel_ = true;
    join();
}

void SimulationRunner::join() {
    if (thread_.joinable())
        thread_.join();
}

bool SimulationRunner::start(const Project &project, const SimulationOptions &options) {
    if (running_)
        return false;
    join();
    running_ = true;
    cancel_ = false;
    done_ = 0;
    total_ = options.trials;
    thread_ = std::thread([this, project, options] {
        auto out = std::make_shared<SimulationResult>();
        QString failure;
        try {
            *out = simulate(
                project, options,
                [this](int d) {
                    // Several workers report at once, not necessarily in order: keep the largest.
                    int seen = done_.load(std::memory_order_relaxed);
                    while (d > seen &&
                           !done_.compare_exchange_weak(seen, d, std::memory_order_relaxed)) {
                    }
                },
                &cancel_);
        } catch (const std::exception &e) {
            failure = QString::fromUtf8(e.what());
        }
        // Back on the GUI thread; dropped if the runner is gone by then.
        QMetaObject::invokeMethod(
            this,
            [this, out, failure] {
                join();
                running_ = false;
                failure_ = failure;
                result_ = failure.isEmpty() ? out : nullptr;
                emit finished();
            },
            Qt::QueuedConnection);
    });
    return true;
}

void SimulationRunner::cancel() {
    cancel_ = true;
}

} // namespace effekt::views
