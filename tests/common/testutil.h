// Helpers shared by every test executable.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace effekt::test {

// tests/data, or $EFFEKT_TEST_DATA when set.
std::filesystem::path dataDir();
// The repository's top folder.
std::filesystem::path sourceDir();

// A path from UTF-8 text, and back (on Windows a plain std::string is read in the ANSI code page).
std::filesystem::path u8path(const std::string &utf8);
std::string u8string(const std::filesystem::path &path);

// A fresh, empty folder removed again when the object goes out of scope.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir &) = delete;
    TempDir &operator=(const TempDir &) = delete;
    const std::filesystem::path &path() const { return path_; }
    // The path of `name` (UTF-8) in the folder, in UTF-8.
    std::string file(const std::string &name) const;

private:
    std::filesystem::path path_;
};

std::string readFile(const std::filesystem::path &path);
void writeFile(const std::filesystem::path &path, const std::string &content);
// "a;b;;c" split on ';' gives {"a", "b", "", "c"}: every separator counts, no quoting.
std::vector<std::string> split(const std::string &text, char separator);
// The lines of a text, without their line ends (a last line end ends the last line).
std::vector<std::string> lines(const std::string &text);

} // namespace effekt::test
