#pragma once

#include "sources/httpfetch.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

namespace Bandwatch {

// Several requests of one poll (Kong nodes, one per CDN domain) sent in
// parallel and answered together: finished() comes once, after every one has
// answered, with the results in request order. abort() cancels a run and
// guarantees it never answers, even when an answer is already queued.
class HttpFetchGroup : public QObject
{
    Q_OBJECT
public:
    explicit HttpFetchGroup(QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~HttpFetchGroup() override;

    // Aborts a run in progress first. No requests: finished() with none,
    // still asynchronously (callers rely on never being answered from inside start()).
    void start(const QList<HttpRequest> &requests);
    void abort();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void finished(const QList<Bandwatch::HttpResult> &results);

private:
    void onFetched(int generation, int index, const HttpResult &result);
    void complete(int generation);

    QNetworkAccessManager *m_nam;
    QList<QPointer<HttpFetch>> m_fetches;
    QList<HttpResult> m_results;
    int m_pending = 0;
    int m_generation = 0; // bumped by abort(): answers of an aborted run are dropped
    bool m_running = false;
};

} // namespace Bandwatch
