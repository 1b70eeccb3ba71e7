#include "ConnectServerDialog.h"

#include "Colours.h"
#include "Dialogs.h"
#include "ServerCheck.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QPushButton>
#include <QVBoxLayout>

namespace minutebook {

namespace {
const QString hostKey = QStringLiteral("host");
const QString portKey = QStringLiteral("port");
const QString databaseKey = QStringLiteral("dbname");
const QString userKey = QStringLiteral("user");
const QString passwordKey = QStringLiteral("password");

QLineEdit *field(const QString &objectName, const QString &placeholder, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    return edit;
}
} // namespace

ConnectServerDialog::ConnectServerDialog(Purpose purpose, Dialogs &dialogs, QWidget *parent)
    : QDialog(parent)
    , m_purpose(purpose)
    , m_dialogs(dialogs)
    , m_check(new ServerCheck(this))
{
    setWindowTitle(
        purpose == Purpose::Connect ? tr("Connect to Server") : tr("Move Archive to Server"));
    auto *intro = new QLabel(purpose == Purpose::Connect
            ? tr("Open the archive your organisation keeps on a PostgreSQL server.")
            : tr("Copy every meeting of this archive to a server archive that holds no meetings "
                 "yet (its owner prepares it with “minutebook-cli server init”)."),
        this);
    intro->setWordWrap(true);
    m_addressLine = field(
        QStringLiteral("addressLine"), QStringLiteral("postgresql://user@server/database"), this);
    m_host = field(QStringLiteral("hostField"), tr("localhost, or a socket folder"), this);
    m_port = field(QStringLiteral("portField"), QStringLiteral("5432"), this);
    m_port->setValidator(new QIntValidator(1, 65535, m_port));
    m_database = field(QStringLiteral("databaseField"), QString(), this);
    m_user = field(QStringLiteral("userField"), tr("your login name"), this);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("connectMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setMinimumHeight(m_message->fontMetrics().lineSpacing() * 3);
    m_message->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto *form = new QFormLayout;
    form->addRow(tr("&Address:"), m_addressLine);
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_testButton = m_buttons->addButton(tr("&Test Connection"), QDialogButtonBox::ActionRole);
    m_testButton->setObjectName(QStringLiteral("testButton"));
    m_connectButton = m_buttons->addButton(
        purpose == Purpose::Connect ? tr("&Connect") : tr("&Move"), QDialogButtonBox::AcceptRole);
    m_connectButton->setObjectName(QStringLiteral("connectButton"));
    m_connectButton->setDefault(true);
    connect(m_testButton, &QPushButton::clicked, this, &ConnectServerDialog::testConnection);
    connect(m_connectButton, &QPushButton::clicked, this, &ConnectServerDialog::connectToServer);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectServerDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    setMinimumWidth(520);

    connect(m_addressLine, &QLineEdit::textEdited, this, &ConnectServerDialog::fillFromAddressLine);
    for (QLineEdit *edit : {m_host, m_port, m_database, m_user})
        connect(edit, &QLineEdit::textEdited, this, &ConnectServerDialog::showFieldsInAddressLine);
    connect(m_check, &ServerCheck::finished, this, &ConnectServerDialog::attemptFinished);
    m_database->setFocus();
}

ConnectServerDialog::~ConnectServerDialog() = default;

void ConnectServerDialog::setAddress(const ServerAddress &address)
{
    QMap<QString, QString> parameters = address.parameters();
    m_host->setText(parameters.take(hostKey));
    m_port->setText(parameters.take(portKey));
    m_database->setText(parameters.take(databaseKey));
    m_user->setText(parameters.take(userKey));
    m_password = parameters.take(passwordKey);
    m_otherParameters = parameters;
    m_addressLine->setText(address.uri());
    m_addressLine->setCursorPosition(0);
}

Result<ServerAddress> ConnectServerDialog::address() const
{
    QMap<QString, QString> parameters = m_otherParameters;
    parameters.insert(hostKey, m_host->text());
    parameters.insert(portKey, m_port->text());
    parameters.insert(databaseKey, m_database->text());
    parameters.insert(userKey, m_user->text());
    return ServerAddress::fromParameters(parameters);
}

void ConnectServerDialog::fillFromAddressLine()
{
    m_password.clear();
    const Result<ServerAddress> parsed = ServerAddress::parse(m_addressLine->text());
    if (!parsed) {
        // Said when it is used; the fields keep what they had until then.
        return;
    }
    const QString typed = m_addressLine->text();
    setAddress(parsed.value());
    m_addressLine->setText(typed);
    showMessage(QString(), false);
}

void ConnectServerDialog::showFieldsInAddressLine()
{
    m_password.clear();
    const Result<ServerAddress> made = address();
    m_addressLine->setText(made ? made.value().uri() : QString());
}

bool ConnectServerDialog::isConnecting() const
{
    return m_check->isRunning();
}

QString ConnectServerDialog::message() const
{
    return m_message->text();
}

void ConnectServerDialog::testConnection()
{
    start(false);
}

void ConnectServerDialog::connectToServer()
{
    start(true);
}

void ConnectServerDialog::start(bool closeWhenDone)
{
    if (isConnecting())
        return;
    // A line the user typed but the fields could not take is said here.
    if (!m_addressLine->text().trimmed().isEmpty()) {
        const Result<ServerAddress> line = ServerAddress::parse(m_addressLine->text());
        if (!line) {
            showMessage(line.error(), true);
            return;
        }
    }
    const Result<ServerAddress> parsed = address();
    if (!parsed) {
        showMessage(parsed.error(), true);
        return;
    }
    m_closeWhenDone = closeWhenDone;
    m_trying = parsed.value().withPassword(m_password);
    setConnecting(true);
    showMessage(tr("Connecting to %1…").arg(m_trying.displayName()), false);
    m_check->start(m_trying);
}

void ConnectServerDialog::attemptFinished(ServerAddress::Login login, const QString &message)
{
    setConnecting(false);
    const QString name = m_trying.displayName();
    if (login == ServerAddress::Login::NeedsPassword) {
        const QString typed
            = m_dialogs.password(this, tr("Password"), tr("The password for %1:").arg(name));
        if (typed.isEmpty()) {
            showMessage(tr("No password given: not connected to %1.").arg(name), true);
            return;
        }
        m_password = typed;
        start(m_closeWhenDone);
        return;
    }
    if (login == ServerAddress::Login::Failed) {
        // A wrong password is asked for again next time, not tried again.
        m_password.clear();
        showMessage(message, true);
        return;
    }
    if (!m_closeWhenDone) {
        showMessage(
            tr("The connection to %1 works: it holds a Minutebook archive.").arg(name), false);
        return;
    }
    m_accepted = m_trying;
    accept();
}

void ConnectServerDialog::reject()
{
    if (isConnecting()) {
        m_check->cancel();
        setConnecting(false);
        showMessage(tr("Stopped waiting for %1.").arg(m_trying.displayName()), false);
        return;
    }
    QDialog::reject();
}

void ConnectServerDialog::setConnecting(bool connecting)
{
    for (QWidget *w : std::initializer_list<QWidget *> {
             m_addressLine, m_host, m_port, m_database, m_user, m_testButton, m_connectButton})
        w->setEnabled(!connecting);
    setCursor(connecting ? Qt::BusyCursor : Qt::ArrowCursor);
}

void ConnectServerDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setPalette(error ? Colours::warningPalette(palette()) : palette());
}

} // namespace minutebook
