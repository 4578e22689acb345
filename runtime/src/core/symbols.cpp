// Reads the running executable's ELF symbol table (.symtab) to find the function a code address
// belongs to, for crash reports (see symbols.h). The file is mapped once, on first use, in a
// crash handler or kiln_fatal: nothing here allocates or takes a lock.
//
// Addresses in the table are link-time addresses; the load bias (non-zero for a PIE) is
// __executable_start minus the lowest PT_LOAD segment's address.
#include <elf.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdint>
#include <cstring>

#include "symbols.h"

extern "C" char __executable_start[];

namespace kiln_symbols {

namespace {

struct Table {
  const Elf64_Sym* symbols = nullptr;
  size_t count = 0;
  uintptr_t bias = 0;
  bool tried = false;
};

Table gTable;

// The .symtab of the mapped image, and the load bias from its program headers.
void readTable(const unsigned char* image, size_t size) {
  auto* header = reinterpret_cast<const Elf64_Ehdr*>(image);
  if (size < sizeof(Elf64_Ehdr) || memcmp(header->e_ident, ELFMAG, SELFMAG) != 0 ||
      header->e_ident[EI_CLASS] != ELFCLASS64 || header->e_shoff + header->e_shnum * sizeof(Elf64_Shdr) > size ||
      header->e_phoff + header->e_phnum * sizeof(Elf64_Phdr) > size)
    return;
  auto* programs = reinterpret_cast<const Elf64_Phdr*>(image + header->e_phoff);
  uintptr_t lowest = UINTPTR_MAX;
  for (int i = 0; i < header->e_phnum; ++i)
    if (programs[i].p_type == PT_LOAD && programs[i].p_vaddr < lowest) lowest = programs[i].p_vaddr;
  if (lowest == UINTPTR_MAX) return;
  auto* sections = reinterpret_cast<const Elf64_Shdr*>(image + header->e_shoff);
  for (int i = 0; i < header->e_shnum; ++i) {
    if (sections[i].sh_type != SHT_SYMTAB || sections[i].sh_offset + sections[i].sh_size > size) continue;
    gTable.symbols = reinterpret_cast<const Elf64_Sym*>(image + sections[i].sh_offset);
    gTable.count = sections[i].sh_size / sizeof(Elf64_Sym);
    gTable.bias = reinterpret_cast<uintptr_t>(__executable_start) - lowest;
    return;
  }
}

void mapTable() {
  gTable.tried = true;
  int fd = open("/proc/self/exe", O_RDONLY | O_CLOEXEC);
  if (fd < 0) return;
  struct stat info;
  if (fstat(fd, &info) == 0 && info.st_size > 0) {
    void* image = mmap(nullptr, size_t(info.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
    if (image != MAP_FAILED) readTable(static_cast<const unsigned char*>(image), size_t(info.st_size));
  }
  close(fd);
}

} // namespace

const void* functionContaining(const void* pc) {
  if (!gTable.tried) mapTable();
  uintptr_t address = reinterpret_cast<uintptr_t>(pc) - gTable.bias;
  for (size_t i = 0; i < gTable.count; ++i) {
    const Elf64_Sym& s = gTable.symbols[i];
    if (ELF64_ST_TYPE(s.st_info) != STT_FUNC || s.st_size == 0) continue;
    if (address >= s.st_value && address - s.st_value < s.st_size)
      return reinterpret_cast<const void*>(s.st_value + gTable.bias);
  }
  return nullptr;
}

} // namespace kiln_symbols
