#pragma once

#include "core/sample.h"

#include <QList>
#include <QString>

namespace Bandwatch {

// What a CDN provider's traffic response says, before it becomes samples:
// bytes per series, direction and provider bucket, or one error message
// naming the provider's own code and text. Parsers return this so they stay
// pure and can be tested on the published responses alone.
struct CdnReport
{
    struct Bucket
    {
        QString series; // the domain (or service) the provider reported
        Direction direction = Direction::Out;
        qint64 startMs = 0;
        qint64 intervalMs = 0;
        double bytes = 0;
    };

    QList<Bucket> buckets;
    QString error; // empty when the response was understood
    // The error is the provider's own (code and message), not our failure
    // to read the response: it beats a bare "HTTP 403" in messages.
    bool providerError = false;
    // The provider asked to slow down without a Retry-After header (AWS
    // Throttling comes as HTTP 400): how long to back off, -1 if not.
    qint64 retryAfterMs = -1;
    // The answer is one page of several: ask again with this token, and keep
    // nothing of the poll until the last page has arrived.
    QString nextToken;

    bool ok() const { return error.isEmpty(); }
    static CdnReport failure(const QString &message)
    {
        CdnReport r;
        r.error = message;
        return r;
    }

    static CdnReport fromProvider(const QString &message)
    {
        CdnReport r = failure(message);
        r.providerError = true;
        return r;
    }

    // Adds `bytes` to the bucket with the same series, direction and start
    // (providers split a bucket by status code, region, ...), or appends one.
    void add(const QString &series, Direction direction, qint64 startMs, qint64 intervalMs, double bytes);

    // One sample per bucket, sorted by series, direction and start; bytes
    // rounded to whole bytes, bps the mean over the bucket.
    SampleList toSamples(const QString &sourceId) const;
    double totalBytes() const;
};

} // namespace Bandwatch
