#pragma once

#include "core/Result.h"
#include "core/WorkerThread.h"
#include "store/Catalog.h"

#include <QFuture>
#include <QMutex>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

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

    // Opens (checks, migrates) the catalog on the worker thread. Until it succeeds, run() fails with NotFound. The
    // catalog it opens is confined to the worker thread (Catalog::confineTo): catalog() is for handing to work run
    // here, never for queries on the caller's thread.
    QFuture<Result<int>> open(const CatalogOptions &options);
    // Uses a catalog someone already opened (and may still use on its own thread: it is not confined).
    void setCatalog(std::shared_ptr<Catalog> catalog);
    std::shared_ptr<Catalog> catalog() const;

    // Runs `work` on the worker thread with that thread's connection. A canceled future skips work not yet started.
    template<typename T>
    QFuture<Result<T>> run(std::function<Result<T>(QSqlDatabase &)> work);
    // The same inside one write transaction (Catalog::transaction).
    QFuture<Status> write(std::function<Status(QSqlDatabase &)> work);
    // A write transaction whose work also returns a value: the value once the transaction committed.
    template<typename T>
    QFuture<Result<T>> transact(std::function<Result<T>(QSqlDatabase &)> work);

private:
    mutable QMutex m_mutex; // guards m_catalog between the caller's thread and the worker thread
    std::shared_ptr<Catalog> m_catalog;
    WorkerThread m_thread; // last: it drains (using the members above) before they go
};

template<typename T>
QFuture<Result<T>> CatalogWorker::run(std::function<Result<T>(QSqlDatabase &)> work)
{
    return m_thread.call<Result<T>>([this, work = std::move(work)]() -> Result<T> {
        std::shared_ptr<Catalog> catalog = this->catalog();
        if (!catalog)
            return fail(ErrorCode::NotFound, QStringLiteral("The catalog is not open."));
        QSqlDatabase db = catalog->database();
        return work(db);
    });
}

template<typename T>
QFuture<Result<T>> CatalogWorker::transact(std::function<Result<T>(QSqlDatabase &)> work)
{
    return m_thread.call<Result<T>>([this, work = std::move(work)]() -> Result<T> {
        std::shared_ptr<Catalog> catalog = this->catalog();
        if (!catalog)
            return fail(ErrorCode::NotFound, QStringLiteral("The catalog is not open."));
        std::optional<T> value;
        const Status committed = catalog->transaction([&](QSqlDatabase &db) -> Status {
            Result<T> done = work(db);
            if (!done)
                return fail(done.error());
            value = std::move(*done);
            return {};
        });
        if (!committed)
            return fail(committed.error());
        return std::move(*value);
    });
}

} // namespace steward::store
