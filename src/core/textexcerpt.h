#pragma once

#include <QByteArray>
#include <QString>

namespace Bandwatch {

// A short, single-line, printable excerpt of what another program or server
// said, for error messages: bounded in length, whitespace folded, control
// characters replaced so a hostile answer cannot forge log lines.
class TextExcerpt
{
public:
    static QString printable(const QByteArray &bytes, int maxChars);
};

} // namespace Bandwatch
