#pragma once

// One poll of a CDN source, waited for: shared by the CDN source tests.

#include "sources/source.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

namespace CdnTest {

using namespace Bandwatch;

struct Outcome
{
    bool succeeded = false;
    bool answered = false;
    SampleList samples;
    QString message;
    qint64 retryAfterMs = -1;
};

inline Outcome pollOnce(Source *source)
{
    QSignalSpy okSpy(source, &Source::pollSucceeded);
    QSignalSpy failSpy(source, &Source::pollFailed);
    source->poll();
    QElapsedTimer t;
    t.start();
    while (okSpy.count() + failSpy.count() == 0 && t.elapsed() < 15000)
        QTest::qWait(5);
    Outcome out;
    out.answered = okSpy.count() + failSpy.count() == 1;
    if (okSpy.count() == 1) {
        out.succeeded = true;
        out.samples = okSpy.at(0).at(0).value<SampleList>();
    } else if (failSpy.count() == 1) {
        out.message = failSpy.at(0).at(0).toString();
        out.retryAfterMs = failSpy.at(0).at(1).toLongLong();
    }
    return out;
}

} // namespace CdnTest
