#pragma once

// Runs the real minutebook-cli executable in a clean environment: English, no
// $MINUTEBOOK_DATABASE or $MINUTEBOOK_SERVER, and HOME/XDG folders inside a temporary directory.

#include "TestFiles.h"
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace minutebook::test {

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
};

class CliRunner
{
public:
    CliRunner()
    {
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.remove(QStringLiteral("MINUTEBOOK_DATABASE"));
        m_env.remove(QStringLiteral("MINUTEBOOK_SERVER"));
        m_env.insert(QStringLiteral("HOME"), m_home.path());
        m_env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        m_env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        m_env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        m_env.insert(QStringLiteral("MINUTEBOOK_BUSY_TIMEOUT_MS"), QStringLiteral("200"));
    }

    QString path(const QString &name) const { return m_home.filePath(name); }
    QProcessEnvironment &environment() { return m_env; }
    /// Another copy of the program (default: the build's minutebook-cli).
    void setProgram(const QString &program) { m_program = program; }

    CliResult run(const QStringList &arguments) const
    {
        QProcess p;
        p.setProcessEnvironment(m_env);
        p.setProgram(m_program);
        p.setArguments(arguments);
        p.start();
        EXPECT_TRUE(p.waitForFinished(120000)) << arguments.join(QLatin1Char(' ')).toStdString();
        CliResult r;
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    /// Runs with --database FILE in front of the arguments.
    CliResult runOn(const QString &database, const QStringList &arguments) const
    {
        return run(QStringList {QStringLiteral("--database"), database} + arguments);
    }

private:
    QTemporaryDir m_home;
    QProcessEnvironment m_env;
    QString m_program = QStringLiteral(MINUTEBOOK_CLI);
};

/// A failure is one line on stderr, starting with the program name.
inline void expectOneLineError(const CliResult &r, int exitCode, const char *part)
{
    EXPECT_EQ(r.exitCode, exitCode) << r.err.toStdString();
    EXPECT_TRUE(r.err.startsWith(QStringLiteral("minutebook-cli: "))) << r.err.toStdString();
    EXPECT_EQ(r.err.count(QLatin1Char('\n')), 1) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QString::fromUtf8(part))) << r.err.toStdString();
    EXPECT_TRUE(r.out.isEmpty()) << r.out.toStdString();
}

} // namespace minutebook::test
