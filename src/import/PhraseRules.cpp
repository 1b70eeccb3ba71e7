#include "PhraseRules.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace minutebook {

namespace {
constexpr auto options
    = QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;

bool isAbbreviation(const QString &word)
{
    static const QSet<QString> abbreviations = {QStringLiteral("kl"), QStringLiteral("ca"),
        QStringLiteral("bl.a"), QStringLiteral("t.ex"), QStringLiteral("dvs"),
        QStringLiteral("d.v.s"), QStringLiteral("resp"), QStringLiteral("jfr"),
        QStringLiteral("nr"), QStringLiteral("s.k"), QStringLiteral("p.g.a"), QStringLiteral("pga"),
        QStringLiteral("fr.o.m"), QStringLiteral("t.o.m"), QStringLiteral("ev"),
        QStringLiteral("inkl"), QStringLiteral("exkl"), QStringLiteral("tel"), QStringLiteral("st"),
        QStringLiteral("mfl"), QStringLiteral("m.fl"), QStringLiteral("f.d"),
        QStringLiteral("o.s.v")};
    return abbreviations.contains(word.toLower());
}

// Subjects that are never a person or a group someone could hand work to.
bool isImpersonal(const QString &word)
{
    static const QSet<QString> words = {QStringLiteral("det"), QStringLiteral("detta"),
        QStringLiteral("den"), QStringLiteral("denna"), QStringLiteral("de"),
        QStringLiteral("dessa"), QStringLiteral("man"), QStringLiteral("ärendet"),
        QStringLiteral("frågan"), QStringLiteral("punkten"), QStringLiteral("saken"),
        QStringLiteral("uppdraget"), QStringLiteral("arbetet"), QStringLiteral("beslutet"),
        QStringLiteral("förslaget"), QStringLiteral("diskussionen"), QStringLiteral("temat"),
        QStringLiteral("som"), QStringLiteral("här"), QStringLiteral("där"), QStringLiteral("vem"),
        QStringLiteral("vilka"), QStringLiteral("alla"), QStringLiteral("ingen"),
        QStringLiteral("var"), QStringLiteral("hur")};
    return words.contains(word.toLower());
}
} // namespace

PhraseRules::PhraseRules(const QStringList &decidingGroups)
{
    m_groups = {QStringLiteral("ledningsgruppen"), QStringLiteral("gruppen"),
        QStringLiteral("mötet"), QStringLiteral("vi")};
    for (const QString &group : decidingGroups) {
        const QString name = group.trimmed().toLower();
        if (name.isEmpty())
            continue;
        m_groups.append(name);
        // "Styrgruppen för förvaltningen" decides as "Styrgruppen", "Ledningsgrupp HSS" as
        // "Ledningsgruppen": the first word, in its definite form.
        const QString head = name.section(QLatin1Char(' '), 0, 0);
        for (const char *suffix : {"", "en", "n", "et"})
            m_groups.append(head + QLatin1String(suffix));
    }
}

QVector<SentenceSpan> PhraseRules::sentences(const QString &text)
{
    QVector<SentenceSpan> out;
    qsizetype start = 0;
    for (qsizetype i = 0; i + 2 < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!(c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?'))
            || text.at(i + 1) != QLatin1Char(' '))
            continue;
        const QChar next = text.at(i + 2);
        if (!(next.isUpper() || next.isDigit() || QStringLiteral("\"”“«(").contains(next)))
            continue;
        qsizetype w = i;
        while (w > start && text.at(w - 1) != QLatin1Char(' '))
            --w;
        const QString word = text.mid(w, i - w);
        // "kl. 12" and "t.ex. Skolverket" go on; so does an initial ("E. Nilsson").
        if (c == QLatin1Char('.')
            && (isAbbreviation(word) || (word.size() == 1 && word.at(0).isUpper())))
            continue;
        out.append({start, i + 1 - start});
        start = i + 2;
    }
    if (start < text.size())
        out.append({start, text.size() - start});
    return out;
}

bool PhraseRules::isDecision(const QString &sentence) const
{
    static const QRegularExpression passive(
        QStringLiteral("^(?:det\\s+)?(?:beslutades|beslöts)\\s+(?:att|om)\\b"), options);
    static const QRegularExpression active(
        QStringLiteral("^(.{1,60}?)\\s+(?:har\\s+)?(?:beslutar|beslutade|beslöt|beslutat)\\s+"
                       "(?:att|om)\\b"),
        options);
    if (!sentence.contains(QStringLiteral("esl"))) // "beslutar", "Beslutades", "beslöt"
        return false; // cheap test first: this runs on every sentence
    if (passive.match(sentence).hasMatch())
        return true;
    const auto m = active.match(sentence);
    return m.hasMatch() && m_groups.contains(m.captured(1).trimmed().toLower());
}

QString PhraseRules::assignee(const QString &sentence)
{
    static const QRegularExpression assignment(
        QStringLiteral("^([\\p{L}][\\p{L}.\\-]*(?:,?\\s+(?:och\\s+)?[\\p{L}][\\p{L}.\\-]*){0,5}?)"
                       "\\s+(?:(?:får|fick|har\\s+fått)\\s+(?:i\\s+)?uppdrag(?:et)?\\s+att|"
                       "ansvarar\\s+för|återkommer)\\b"),
        QRegularExpression::UseUnicodePropertiesOption);
    const bool candidate = sentence.contains(QStringLiteral("uppdrag"))
        || sentence.contains(QStringLiteral("ansvarar"))
        || sentence.contains(QStringLiteral("återkommer"));
    const auto m = candidate ? assignment.match(sentence) : QRegularExpressionMatch();
    if (!m.hasMatch())
        return {};
    QString who = m.captured(1);
    const QString first = who.section(QLatin1Char(' '), 0, 0);
    if (!first.at(0).isUpper() || isImpersonal(first))
        return {};
    return who;
}

QString PhraseRules::dueText(const QString &sentence)
{
    static const QRegularExpression due(
        QStringLiteral("(?<!\\p{L})senast\\s+(?:den\\s+|till\\s+den\\s+)?(.+)$"), options);
    const auto m = due.match(sentence);
    if (!m.hasMatch())
        return {};
    QString text = m.captured(1).trimmed();
    while (!text.isEmpty() && QStringLiteral(".!?,;").contains(text.back()))
        text.chop(1);
    return text;
}

QString PhraseRules::deferralText(const QString &sentence)
{
    static const QRegularExpression deferral(
        QStringLiteral(
            "(?<!\\p{L})(?:läggs\\s+(?:in\\s+)?(?:på|till|vid)|tas\\s+upp\\s+(?:igen\\s+)?"
            "(?:på|vid)|flyttas\\s+(?:till|fram\\s+till)|skjuts\\s+(?:upp\\s+)?till|"
            "bordläggs\\s+till|återkommer\\s+(?:på|vid))(?!\\p{L})(.*)$"),
        options);
    // Cheap test first (case-sensitive search is much faster): this runs on every sentence.
    static const QStringList verbs
        = {QStringLiteral("ägg"), QStringLiteral("tas"), QStringLiteral("flyttas"),
            QStringLiteral("skjuts"), QStringLiteral("bordläggs"), QStringLiteral("återkommer")};
    const bool candidate = std::any_of(
        verbs.cbegin(), verbs.cend(), [&](const QString &verb) { return sentence.contains(verb); });
    const auto m = candidate ? deferral.match(sentence) : QRegularExpressionMatch();
    return m.hasMatch() ? m.captured(1) : QString();
}

} // namespace minutebook
