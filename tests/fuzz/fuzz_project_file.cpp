// Fuzz target: bytes as a project file (.effekt) → loadProject (model/files/storage.h).
// The loader must refuse anything it cannot read, cleanly: no crash, no leak, no hang, and it
// reads only. The bytes are written to a file in a folder of this process's own, and after the
// load the folder must hold that file alone, unchanged (no -journal, -wal or -shm beside it).
#include "fuzzcheck.h"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <system_error>
#include <unistd.h>

namespace fs = std::filesystem;

namespace {

struct Folder {
    fs::path dir;
    Folder() {
        std::string name = (fs::temp_directory_path() / "effekt-fuzz-XXXXXX").string();
        if (!mkdtemp(name.data()))
            effekt::fuzz::fail("cannot make a temporary folder");
        dir = name;
    }
    ~Folder() {
        std::error_code ec;
        fs::remove_all(dir, ec);
    }
};

std::string readAll(const fs::path &path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    using namespace effekt::fuzz;
    static const Folder folder;
    const fs::path file = folder.dir / "input.effekt";
    const std::string bytes(reinterpret_cast<const char *>(data), size);
    {
        std::ofstream out(file, std::ios::binary | std::ios::trunc);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        require(static_cast<bool>(out), "cannot write the input file");
    }
    const effekt::LoadResult result = effekt::loadProject(file.string());
    checkLoad(result);
    int entries = 0;
    for ([[maybe_unused]] const auto &entry : fs::directory_iterator(folder.dir))
        ++entries;
    require(entries == 1, "the loader left a file beside the project file");
    require(readAll(file) == bytes, "the loader changed the project file");
    return 0;
}
