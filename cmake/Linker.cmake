# Link with LLVM's lld when the machine has it (scripts/lib.sh installs it). Every test is its own
# executable carrying the static core and ui libraries with their debug information, so the suite
# links about a hundred 100 MB programs: GNU ld takes 4.6 s for one of them on this project, lld 1.0 s,
# which is minutes of every CI run. Behaviour is the linker's business alone; set ST_USE_LLD=OFF to
# link with the compiler's default.
option(ST_USE_LLD "Link with ld.lld when it is installed" ON)
if(ST_USE_LLD)
    include(CheckLinkerFlag)
    check_linker_flag(CXX "-fuse-ld=lld" ST_HAVE_LLD)
    if(ST_HAVE_LLD)
        add_link_options(-fuse-ld=lld)
    endif()
endif()
