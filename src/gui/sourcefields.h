#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Bandwatch {

// The options the source dialog offers for each source type: a small table,
// so the form is generated and a new option is one line here. The keys are
// the ones the sources read (src/sources/*.cpp); keys not listed here are
// kept untouched when an entry is edited.
struct SourceField
{
    enum class Kind {
        Text, // one value
        List, // comma-separated in the form, a YAML list in the file
        Choice, // one of `choices`, or not set
        Bool, // true/false, written only when it differs from `defaultValue`
        Secret, // never shown; written to a secret file and referred to as <key>_file
    };

    QString key;
    Kind kind = Kind::Text;
    QString label; // translated
    QString placeholder; // translated; usually the default
    QString toolTip; // translated
    QStringList choices;
    QString defaultValue;

    QString fileKey() const { return key + QStringLiteral("_file"); }
};

class SourceFields
{
public:
    static QList<SourceField> forType(const QString &type);
    // Every key any type's form writes (with the `_file` forms of secrets), so
    // a type change can drop the old type's options and keep only foreign keys.
    static QStringList formKeys(const QString &type);
    // The option shown in the sources list ("url: http://...", "exclude: lo").
    static QString detailKey(const QString &type);
};

} // namespace Bandwatch
