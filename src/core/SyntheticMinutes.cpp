#include "SyntheticMinutes.h"

#include <QStringList>

#include <algorithm>

namespace minutebook {

namespace {
QStringList words(const char *list)
{
    return QString::fromUtf8(list).split(QLatin1Char('|'));
}

const QStringList &firstNames()
{
    static const QStringList l = words(
        "Anna|Erik|Maria|Johan|Karin|Lars|Eva|Anders|Sara|Peter|Lena|Mikael|Emma|Fredrik|"
        "Helena|Magnus|Sofia|Jonas|Ingrid|Per|Åsa|Björn|Linnea|Göran|Malin|Ulf|Cecilia|Tomas|"
        "Jenny|Stefan|Elin|Henrik|Camilla|Mats|Annika|Patrik|Ylva|Niklas|Therese|Håkan|Ebba|"
        "Oskar|Lovisa|Viktor|Agneta|Rasmus|Birgitta|Jörgen|Hanna|Kristoffer");
    return l;
}

const QStringList &lastNames()
{
    static const QStringList l = words(
        "Andersson|Johansson|Karlsson|Nilsson|Eriksson|Larsson|Olsson|Persson|Svensson|"
        "Gustafsson|Pettersson|Jonsson|Jansson|Hansson|Bengtsson|Jönsson|Lindberg|Jakobsson|"
        "Magnusson|Lindström|Olofsson|Lindqvist|Lindgren|Berg|Axelsson|Bergström|Lundberg|"
        "Lind|Lundgren|Lundqvist|Mattsson|Berglund|Fredriksson|Sandberg|Henriksson|Forsberg|"
        "Sjöberg|Wallin|Engström|Eklund|Danielsson|Håkansson|Lundin|Björk|Bergman|Gunnarsson|"
        "Holm|Wikström|Samuelsson|Fransson|Nyström|Holmberg|Åberg|Söderberg|Öberg|Ekström");
    return l;
}

const QStringList &schools()
{
    static const QStringList l
        = words("Norra|Södra|Västra|Östra|Centrala|Kustens|Slättens|Åsens|Skogens|Dalens|Hamnens|"
                "Bergets|Ängens|Sjöns|Älvens|Ekens|Lindens|Björkens|Tallens|Granens");
    return l;
}

const QStringList &areas()
{
    static const QStringList l
        = words("grundskola|gymnasieskola|förskola|skolområde|rektorsområde|utbildningsområde|"
                "fritidsverksamhet|anpassade skola|vuxenutbildning|elevhälsa");
    return l;
}

const QStringList &places()
{
    static const QStringList l
        = words("Jupiter|Saturnus|Merkurius|Venus|Neptunus|Stora salen|Konferensrum Ekhagen|"
                "Aulan|Rum 4.12|Teams|Biblioteket|Lärarrummet|Konferensrum Sundet|Mindpark");
    return l;
}

const QStringList &topics()
{
    static const QStringList l = words(
        "verksamhetsplanen|budget 2027|skolvalet|kvalitetsrapporten|elevfrånvaron|"
        "betygsresultaten|kompetensförsörjningen|lokalförsörjningen|digitaliseringen|"
        "arbetsmiljön|likvärdigheten|skolplikten|elevhälsan|studiero|systematiskt "
        "kvalitetsarbete|lärarnas arbetstid|språkutvecklingen|nyanländas lärande|"
        "skolskjutsarna|skolmåltiderna|rekryteringen av rektorer|medarbetarenkäten|"
        "tillgängligheten|IT-säkerheten|särskilt stöd|samverkan med socialtjänsten|"
        "lovskolan|yrkesprogrammens attraktivitet|läsfrämjande insatser|hållbar utveckling");
    return l;
}

const QStringList &itemTitles()
{
    static const QStringList l
        = words("Lägesrapport om %1|Information om %1|Uppföljning av %1|Diskussion om %1|"
                "Beredning av %1|Förslag gällande %1|Analys av %1|Återrapport: %1|"
                "Workshop kring %1|Remiss om %1");
    return l;
}

const QStringList &subjects()
{
    static const QStringList l
        = words("Gruppen|Ledningsgruppen|Förvaltningen|Styrgruppen|Rektorerna|Avdelningen|"
                "Arbetsgruppen|Nämnden|Elevhälsan|Skolorna|Kommunikationsenheten|HR-avdelningen");
    return l;
}

const QStringList &verbs()
{
    static const QStringList l
        = words("diskuterar|går igenom|följer upp|redogör för|analyserar|lyfter fram|"
                "informerar om|ser över|planerar|sammanfattar|problematiserar|förankrar");
    return l;
}

const QStringList &tails()
{
    static const QStringList l
        = words("inför nästa läsår|utifrån medskick från skolorna|i samverkan med fackliga parter|"
                "med fokus på elevernas resultat|inom ramen för verksamhetsplanen|under våren|"
                "innan beslut fattas|tillsammans med controllers|utifrån nämndens mål|"
                "med stöd av statistik från Skolverket|i dialog med vårdnadshavare|"
                "för att säkra likvärdigheten|efter synpunkter från medarbetarna");
    return l;
}

const QStringList &assignments()
{
    static const QStringList l = words(
        "ta fram ett förslag om %1|sammanställa synpunkter på %1|återkomma med en analys av %1|"
        "boka ett möte om %1|skicka ut underlag om %1|uppdatera rutinen för %1|"
        "informera rektorerna om %1|kartlägga behoven kring %1");
    return l;
}

const QStringList &decisionPhrases()
{
    static const QStringList l
        = words("godkänna förslaget om %1|anta den reviderade planen för %1|"
                "skjuta upp frågan om %1 till hösten|tillsätta en arbetsgrupp för %1|"
                "avsätta medel för %1|låta förvaltningen samordna %1|"
                "fastställa tidplanen för %1|ge avdelningen mandat att driva %1");
    return l;
}

const QStringList &shortTopics()
{
    static const QStringList l
        = words("Rektorsutbildningar|Nytt avtal klart|Skolinspektionens granskning|Sommarskola|"
                "Lovaktiviteter|Ny e-tjänst för skolval|Personalfest|Nätverksträff|Studiebesök|"
                "Kontorsflytt|Brandövning|Upphandling av läromedel|Medarbetarsamtal|Friskvård|"
                "Ny webbplats|Krisberedskap|Öppet hus|Prisutdelning");
    return l;
}

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}
} // namespace

SyntheticMinutes::SyntheticMinutes(int meetingCount, quint64 seed)
    : m_meetingCount(meetingCount)
    , m_rng(seed)
{
    planBodies(meetingCount);
}

int SyntheticMinutes::pick(int n)
{
    // Not std::uniform_int_distribution: its output differs between standard libraries,
    // and a seed must give the same minutes everywhere.
    return int(m_rng() % quint64(n));
}

bool SyntheticMinutes::chance(int percent)
{
    return pick(100) < percent;
}

QString SyntheticMinutes::any(const QStringList &list)
{
    return list.at(pick(int(list.size())));
}

QString SyntheticMinutes::personName()
{
    return any(firstNames()) + QLatin1Char(' ') + any(lastNames());
}

QString SyntheticMinutes::firstName(const QString &fullName) const
{
    return fullName.section(QLatin1Char(' '), 0, 0);
}

void SyntheticMinutes::planBodies(int meetingCount)
{
    // About 25 years of meetings per body at most, so dates stay plausible at any count.
    const int perBody = 500;
    const int bodyCount = qMax(2, (meetingCount + perBody - 1) / perBody);
    const QDate lastDate(2026, 6, 16);
    const int meetingsPerBody = (meetingCount + bodyCount - 1) / bodyCount;
    for (int b = 0; b < bodyCount; ++b) {
        Body body;
        if (b == 0) {
            body.name = u("Ledningsgrupp Exempelskolorna");
            body.shortName = QStringLiteral("LG");
        } else if (b == 1) {
            body.name = u("Styrgruppen för förvaltningen");
            body.shortName = QStringLiteral("SG");
        } else {
            const QString school = any(schools());
            body.name = u("Ledningsgrupp ") + school + QLatin1Char(' ') + any(areas())
                + QLatin1Char(' ') + QString::number(b);
            body.shortName = QStringLiteral("LG") + QString::number(b);
        }
        body.organisation = u("Skol- och fritidsförvaltningen");
        m_bodies.append(body);

        QVector<RosterEntry> roster;
        QStringList seen;
        const int members = 8 + pick(7);
        for (int m = 0; m < members; ++m) {
            RosterEntry entry;
            do {
                entry.person.name = personName();
            } while (seen.contains(entry.person.name));
            seen.append(entry.person.name);
            const QStringList parts = entry.person.name.split(QLatin1Char(' '));
            for (const QString &part : parts)
                entry.person.initials += part.left(1).toUpper();
            entry.groupLabel = (m >= members - 3 && b == 0) ? u("Styrgruppen") : body.shortName;
            roster.append(entry);
        }
        m_rosters.append(roster);
        m_places.append(any(places()));
        // Every two or three weeks (17.5 days on average) on the body's own weekday (Tuesday
        // to Thursday), the last one in the week of lastDate.
        m_firstDate.append(lastDate.addDays(-qRound(17.5 * (meetingsPerBody - 1))));
        m_weekday.append(2 + b % 3);
        m_held.append(0);
    }
    for (int g = 0; g < 40; ++g)
        m_guests.append(personName());
}

QString SyntheticMinutes::sentence()
{
    return any(subjects()) + QLatin1Char(' ') + any(verbs()) + QLatin1Char(' ') + any(topics())
        + QLatin1Char(' ') + any(tails()) + QLatin1Char('.');
}

QString SyntheticMinutes::paragraph(int sentences)
{
    QStringList out;
    for (int i = 0; i < sentences; ++i)
        out.append(sentence());
    return out.join(QLatin1Char(' '));
}

QString SyntheticMinutes::bulletList()
{
    QString out;
    const int n = 2 + pick(3);
    for (int i = 0; i < n; ++i) {
        out += QStringLiteral("- ") + sentence() + QLatin1Char('\n');
        if (chance(20))
            out += QStringLiteral("  - ") + sentence() + QLatin1Char('\n');
    }
    return out;
}

AgendaItem SyntheticMinutes::topicItem(const Meeting &meeting)
{
    AgendaItem item;
    const QString topic = any(topics());
    item.title = any(itemTitles()).arg(topic);
    item.title[0] = item.title.at(0).toUpper();
    const auto &attendees = meeting.attendees;
    const Attendance &presenter = attendees.at(pick(int(attendees.size())));
    item.presenter = presenter.person.name;
    item.responsible = presenter.person.initials;
    item.body = paragraph(1 + pick(4));
    if (chance(40))
        item.body += QStringLiteral("\n\n") + bulletList();
    if (chance(10))
        item.body += QStringLiteral("\n\nUnderlag: https://intranat.example.se/dokument/")
            + QString::number(pick(100000));
    if (chance(35)) {
        Decision d;
        // The body decides: a steering group's minutes do not speak of "Ledningsgruppen".
        const QString decider = meeting.body.name.startsWith(u("Styrgrupp")) ? u("Styrgruppen")
                                                                             : u("Ledningsgruppen");
        d.text
            = decider + u(" beslutar att ") + any(decisionPhrases()).arg(topic) + QLatin1Char('.');
        item.decisions.append(d);
    }
    if (chance(30)) {
        ActionItem a;
        a.assignee = attendees.at(pick(int(attendees.size()))).person.name;
        a.text = firstName(a.assignee) + u(" får i uppdrag att ") + any(assignments()).arg(topic)
            + QLatin1Char('.');
        a.due = meeting.date.addDays(14 + pick(60));
        a.status = chance(60) ? ActionStatus::Done : ActionStatus::Open;
        item.actions.append(a);
    }
    if (chance(6))
        item.deferredTo = meeting.date.addDays(14 + 7 * pick(3));
    return item;
}

AgendaItem SyntheticMinutes::shortInfoItem(const Meeting &meeting)
{
    AgendaItem item;
    item.title = u("Kort information");
    const int n = 1 + pick(4);
    for (int i = 0; i < n; ++i) {
        AgendaItem child;
        child.title = any(shortTopics());
        const Attendance &who = meeting.attendees.at(pick(int(meeting.attendees.size())));
        child.responsible = who.person.initials;
        child.body = firstName(who.person.name) + u(" informerar om ") + child.title.toLower()
            + QStringLiteral(". ") + paragraph(pick(3));
        item.children.append(child);
    }
    return item;
}

void SyntheticMinutes::addAttendance(Meeting &meeting, int bodyIndex)
{
    for (const RosterEntry &entry : m_rosters.at(bodyIndex)) {
        Attendance a;
        a.person = entry.person;
        a.groupLabel = entry.groupLabel;
        a.status = chance(12) ? AttendanceStatus::Absent : AttendanceStatus::Present;
        meeting.attendees.append(a);
    }
    const QString guestName = m_guests.at(pick(int(m_guests.size())));
    const bool alreadyThere = std::any_of(meeting.attendees.cbegin(), meeting.attendees.cend(),
        [&](const Attendance &a) { return a.person.name == guestName; });
    if (chance(30) && !alreadyThere) {
        Attendance guest;
        guest.person.name = guestName;
        guest.status = AttendanceStatus::Guest;
        guest.note = any(topics());
        meeting.attendees.append(guest);
    }
}

Meeting SyntheticMinutes::meeting(int index)
{
    const int bodyIndex = index % int(m_bodies.size());
    Meeting m;
    m.body = m_bodies.at(bodyIndex);
    const QDate planned = m_firstDate.at(bodyIndex).addDays(qRound(17.5 * m_held[bodyIndex]++));
    m.date = planned.addDays(-((planned.dayOfWeek() - m_weekday.at(bodyIndex) + 7) % 7));
    m.start = QTime(chance(50) ? 8 : 12, chance(80) ? 0 : 30);
    m.end = m.start.addSecs(3600 * (2 + pick(3)));
    m.place = chance(85) ? m_places.at(bodyIndex) : any(places());
    m.title = u("Mötesanteckningar");
    addAttendance(m, bodyIndex);
    m.minuteTaker = m.attendees.at(pick(int(m.attendees.size()))).person.name;
    m.status = m.date < QDate(2026, 5, 1) ? MeetingStatus::Approved : MeetingStatus::Draft;

    AgendaItem opening;
    opening.title = u("Incheckning och återkoppling från föregående möte");
    m.items.append(opening);
    AgendaItem sisters;
    sisters.title = u("Nytt från systergrupper");
    sisters.body = paragraph(1 + pick(3));
    m.items.append(sisters);
    const int topicsCount = 2 + pick(4);
    for (int i = 0; i < topicsCount; ++i)
        m.items.append(topicItem(m));
    m.items.append(shortInfoItem(m));
    AgendaItem closing;
    closing.title = u("Utcheckning");
    m.items.append(closing);
    return m;
}

} // namespace minutebook
