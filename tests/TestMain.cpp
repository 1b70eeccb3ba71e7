// gtest main with the Qt application object tests need. Tests run with the C locale and the
// offscreen platform (set by ctest), so output and widgets do not depend on the machine.

#include <gtest/gtest.h>

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#if defined(MINUTEBOOK_TEST_GUI)
#include <QApplication>
using Application = QApplication;
#elif defined(MINUTEBOOK_TEST_GUIAPP)
#include <QGuiApplication>
using Application = QGuiApplication; // models and undo stacks, no widgets (the editing layer)
#else
#include <QCoreApplication>
using Application = QCoreApplication;
#endif

int main(int argc, char **argv)
{
#if defined(MINUTEBOOK_TEST_GUI) || defined(MINUTEBOOK_TEST_GUIAPP)
    // Widgets need no display: also when run by hand or by gtest's test discovery at build
    // time (ctest sets QT_QPA_PLATFORM only for the runs it starts).
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
#endif
    ::testing::InitGoogleTest(&argc, argv);
    Application app(argc, argv);
    // Never touch the user's own Minutebook files from a test.
    QStandardPaths::setTestModeEnabled(true);
    Application::setOrganizationName(QStringLiteral("MinutebookTests"));
    Application::setApplicationName(QStringLiteral("MinutebookTests"));
    // Settings of this test process only: ctest runs tests in parallel, and two tests writing
    // the same settings file (the last import group, say) would see each other's values.
    QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    return RUN_ALL_TESTS();
}
