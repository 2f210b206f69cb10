#pragma once

#include "core/expositionfamily.h"
#include "core/expositionsample.h"

namespace Bandwatch {

// Receives what ExpositionParser finds, in body order.
//
// family() is called once per run of samples of one family, just before the
// first sample of the run (and once for a family that has metadata but no
// samples). Returning false skips the samples of that run: they are still
// checked, but sample() is not called for them — this is how a caller that
// needs two families out of hundreds avoids materialising the rest.
//
// The parser stops at the first error; whatever the visitor received until
// then belongs to a rejected body and must be discarded by the caller.
class ExpositionVisitor
{
public:
    virtual ~ExpositionVisitor() = default;
    virtual bool family(const ExpositionFamily &family)
    {
        Q_UNUSED(family);
        return true;
    }
    virtual void sample(const ExpositionSample &sample) = 0;
};

} // namespace Bandwatch
