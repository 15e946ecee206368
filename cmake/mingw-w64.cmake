# Cross-compiles the model, the effekt CLI and the model tests for 64-bit Windows with Debian's
# MinGW-w64 (g++-mingw-w64-x86-64-posix); the tests run under wine (scripts/test-windows,
# docs/building.md "Windows code paths under wine"). Used by the configure preset windows-cross.
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)

set(CMAKE_C_COMPILER x86_64-w64-mingw32-gcc-posix)
set(CMAKE_CXX_COMPILER x86_64-w64-mingw32-g++-posix)
set(CMAKE_RC_COMPILER x86_64-w64-mingw32-windres)

# Only the MinGW sysroot: nothing of the build machine's /usr/include or /usr/lib. The few
# header-only libraries the build needs (Boost.Test, nlohmann-json) come in through a folder of
# links that names them one by one (EFFEKT_HOST_HEADERS in the top CMakeLists.txt).
set(CMAKE_FIND_ROOT_PATH /usr/x86_64-w64-mingw32)
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)

# Static: the .exe files run under wine (or on a Windows machine) without MinGW's DLLs.
set(CMAKE_EXE_LINKER_FLAGS_INIT "-static")

# ctest runs every test executable through wine.
find_program(EFFEKT_WINE NAMES wine wine64 REQUIRED)
set(CMAKE_CROSSCOMPILING_EMULATOR ${EFFEKT_WINE})
