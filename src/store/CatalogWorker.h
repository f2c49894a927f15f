#pragma once

#include "core/Result.h"
#include "store/Catalog.h"

#include <QFuture>
#include <QMutex>
#include <QObject>
#include <QPromise>
#include <QThread>

#include <functional>
#include <memory>

namespace steward::store {

// Runs catalog work on its own named thread ("steward-catalog") so the GUI thread never waits on SQLite. Work is a
// function of the thread's connection; its result comes back as a value in a QFuture. Destroying the worker
// finishes queued work, closes the thread's connection, then quits and waits for the thread.
class CatalogWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogWorker)

public:
    explicit CatalogWorker(QObject *parent = nullptr);
    ~CatalogWorker() override;

    // Opens (checks, migrates) the catalog on the worker thread. Until it succeeds, run() fails with NotFound.
    QFuture<Result<int>> open(const CatalogOptions &options);
    // Uses a catalog someone already opened.
    void setCatalog(std::shared_ptr<Catalog> catalog);
    std::shared_ptr<Catalog> catalog() const;

    // Runs `work` on the worker thread with that thread's connection. A canceled future skips work not yet started.
    template<typename T>
    QFuture<Result<T>> run(std::function<Result<T>(QSqlDatabase &)> work);
    // The same inside one write transaction (Catalog::transaction).
    QFuture<Status> write(std::function<Status(QSqlDatabase &)> work);

private:
    void post(std::function<void()> task);

    QThread m_thread;
    QObject *m_context;     // lives on m_thread; tasks run in its thread
    mutable QMutex m_mutex; // guards m_catalog between the caller's thread and the worker thread
    std::shared_ptr<Catalog> m_catalog;
};

template<typename T>
QFuture<Result<T>> CatalogWorker::run(std::function<Result<T>(QSqlDatabase &)> work)
{
    auto promise = std::make_shared<QPromise<Result<T>>>();
    QFuture<Result<T>> future = promise->future();
    promise->start();
    post([this, promise, work = std::move(work)] {
        if (promise->isCanceled()) {
            promise->finish();
            return;
        }
        std::shared_ptr<Catalog> catalog = this->catalog();
        if (!catalog) {
            promise->addResult(fail(ErrorCode::NotFound, QStringLiteral("The catalog is not open.")));
        } else {
            QSqlDatabase db = catalog->database();
            promise->addResult(work(db));
        }
        promise->finish();
    });
    return future;
}

} // namespace steward::store
