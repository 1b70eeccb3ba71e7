#pragma once

// File → Connect to Server… and the target of File → Move Archive to Server…: a server's
// address as fields (server or socket folder, port, database, user) or as one address in the
// forms `--server URL` takes (a URI or key=value string, read by libpq's parser, which fills the
// fields). Test Connection and Connect try the server on a thread of their own (ServerCheck);
// Cancel while connecting stops waiting. When the server asks for a password the dialog asks
// for one and tries again; the password is kept in memory for this connection only, never
// written anywhere. Failures read as the command line's do (unreachable, login refused, no
// archive…).

#include "ServerAddress.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace minutebook {

class Dialogs;
class ServerCheck;

class ConnectServerDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Purpose {
        Connect, ///< open the server's archive in the window
        MoveTarget, ///< copy the open file's archive there
    };

    ConnectServerDialog(Purpose purpose, Dialogs &dialogs, QWidget *parent = nullptr);
    ~ConnectServerDialog() override;

    /// Fills the fields (from the recent list or $MINUTEBOOK_SERVER).
    void setAddress(const ServerAddress &address);
    /// The address the fields make, checked as `--server` checks it.
    Result<ServerAddress> address() const;
    /// After the dialog was accepted: the address that worked, with the password the user typed
    /// (if the server asked for one). Keep it in memory only.
    ServerAddress acceptedAddress() const { return m_accepted; }

    /// Tries the address without closing the dialog (Test Connection).
    void testConnection();
    /// Tries the address and closes the dialog when it works (Connect / Move).
    void connectToServer();
    /// While connecting: stops waiting and leaves the dialog open; else closes it.
    void reject() override;

    bool isConnecting() const;
    /// The sentence under the fields: what was tried and what the server said.
    QString message() const;

private:
    void fillFromAddressLine();
    void showFieldsInAddressLine();
    void start(bool closeWhenDone);
    void attemptFinished(ServerAddress::Login login, const QString &message);
    void setConnecting(bool connecting);
    void showMessage(const QString &text, bool error);

    Purpose m_purpose;
    Dialogs &m_dialogs;
    ServerCheck *m_check = nullptr;
    QLineEdit *m_addressLine = nullptr;
    QLineEdit *m_host = nullptr;
    QLineEdit *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_testButton = nullptr;
    QPushButton *m_connectButton = nullptr;
    /// Parameters of the address line that have no field (sslmode, sslrootcert, service…).
    QMap<QString, QString> m_otherParameters;
    /// Typed when the server asked; forgotten when the address changes.
    QString m_password;
    ServerAddress m_trying;
    ServerAddress m_accepted;
    bool m_closeWhenDone = false;
};

} // namespace minutebook
