#include "sources/httpfetchgroup.h"

namespace Bandwatch {

HttpFetchGroup::HttpFetchGroup(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
{ }

HttpFetchGroup::~HttpFetchGroup()
{
    abort();
}

void HttpFetchGroup::start(const QList<HttpRequest> &requests)
{
    abort();
    m_running = true;
    const int generation = m_generation;
    m_results = QList<HttpResult>(requests.size());
    m_pending = int(requests.size());
    if (requests.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this, generation] { complete(generation); }, Qt::QueuedConnection);
        return;
    }
    for (int i = 0; i < requests.size(); ++i) {
        auto *fetch = new HttpFetch(m_nam, requests[i], this);
        connect(fetch, &HttpFetch::finished, this, [this, generation, i, fetch](const HttpResult &r) {
            fetch->deleteLater();
            onFetched(generation, i, r);
        });
        m_fetches << fetch;
        fetch->start();
    }
}

void HttpFetchGroup::abort()
{
    ++m_generation;
    for (const QPointer<HttpFetch> &f : std::as_const(m_fetches)) {
        if (f) {
            f->abort();
            f->deleteLater();
        }
    }
    m_fetches.clear();
    m_results.clear();
    m_pending = 0;
    m_running = false;
}

void HttpFetchGroup::onFetched(int generation, int index, const HttpResult &result)
{
    if (generation != m_generation || index >= m_results.size())
        return;
    m_results[index] = result;
    if (--m_pending == 0)
        complete(generation);
}

void HttpFetchGroup::complete(int generation)
{
    if (generation != m_generation)
        return;
    m_fetches.clear();
    m_running = false;
    const QList<HttpResult> results = std::exchange(m_results, {});
    Q_EMIT finished(results);
}

} // namespace Bandwatch
