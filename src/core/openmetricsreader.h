#pragma once

#include "core/expositionreader.h"

#include <QSet>

namespace Bandwatch::Exposition {

struct OmType;

// OpenMetrics 1.0, validated as strictly as the reference parser
// (prometheus_client.openmetrics.parser).
class OpenMetricsReader final : public ExpositionReader
{
public:
    using ExpositionReader::ExpositionReader;

private:
    bool line(QByteArrayView line, bool terminated) override;
    bool finish(QByteArrayView body) override;

    bool omLine(QByteArrayView line);
    bool omMetadata(QByteArrayView line);
    bool omSample(QByteArrayView line);
    void omStart(QByteArrayView name);
    bool omEnd();
    bool omHistogramChecks();
    bool parseLabelsOm(const char *&p, const char *end, LabelBuffer &labels, bool exemplar);
    QByteArray omGroupKey(QByteArrayView sampleName, const LabelBuffer &labels) const;
    ExpositionFamily omView() const;

    // OpenMetrics state
    struct OmFamily
    {
        bool active = false;
        QByteArray name;
        int line = 0;
        const OmType *type = nullptr; // nullptr: no TYPE line (unknown)
        bool typeSet = false;
        bool helpSet = false;
        bool unitSet = false;
        QByteArray help;
        QByteArray unit;
        bool hasSamples = false;
        // grouping and timestamp order
        bool hasGroup = false;
        QByteArray group;
        bool groupHasTs = false;
        double groupTs = 0;
        QSet<QByteArray> seenGroups;
        QSet<QByteArray> groupTsSamples;
        // histogram consistency, per group and timestamp
        bool hActive = false;
        QByteArray hGroup;
        bool hHasTs = false;
        double hTs = 0;
        bool hBucketSet = false;
        double hBucket = 0;
        double hValue = 0;
        bool hCountSet = false;
        double hCount = 0;
        bool hSum = false;
        bool hGsum = false;
        bool hNegativeGsum = false;
        bool hNegativeBuckets = false;
    };
    OmFamily m_om;
    QSet<QByteArray> m_omSeenNames;
    bool m_omEof = false;
};

} // namespace Bandwatch::Exposition
