import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A read-only file mapped into memory, so that a large dictionary costs no load time and
/// its pages are shared between processes.
///
/// The bytes stay valid for the life of the object; views over them (``bytes``) must not
/// outlive it, which is why every reader keeps a reference to its `MappedFile`.
final class MappedFile: @unchecked Sendable {
    /// The mapped bytes. Shape: `[count]`, read-only.
    let bytes: UnsafeRawBufferPointer
    /// The file's path, for error messages.
    let path: String

    /// Whether the bytes are a private copy in huge pages (see ``init(path:hugePages:)``),
    /// to be freed rather than unmapped.
    private let isCopy: Bool

    /// Maps the file at `path`; throws a ``MorphError`` naming the file when it cannot.
    ///
    /// With `hugePages`, where the system offers transparent huge pages, the file is instead
    /// read into memory backed by 2 MB pages: random walks over a large automaton then miss
    /// the TLB far less often, at the price of a private copy (a few milliseconds to read).
    init(path: String, hugePages: Bool = false) throws(MorphError) {
        if hugePages, let copy = Self.hugePageCopy(of: path) {
            self.path = path
            bytes = copy
            isCopy = true
            return
        }
        isCopy = false
        self.path = path
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else {
            throw MorphError(.dictionaryMissing, "Cannot open dictionary file \(path). Run `litopys setup` (it restores missing files) or set LITOPYS_DATA.")
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            throw MorphError(.dictionaryCorrupt, "Cannot stat dictionary file \(path). Run `litopys setup` again.")
        }
        let size = Int(info.st_size)
        if size == 0 {
            bytes = UnsafeRawBufferPointer(start: nil, count: 0)
            return
        }
        guard let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), address != MAP_FAILED else {
            throw MorphError(.dictionaryCorrupt, "Cannot map dictionary file \(path). Run `litopys setup` again.")
        }
        bytes = UnsafeRawBufferPointer(start: address, count: size)
    }

    /// The file read into a 2 MB-aligned buffer advised for huge pages, or nil when the
    /// system has no transparent huge pages or the file cannot be read.
    private static func hugePageCopy(of path: String) -> UnsafeRawBufferPointer? {
        #if os(Linux)
        let hugePage = 2 << 20
        guard let mode = try? String(contentsOfFile: "/sys/kernel/mm/transparent_hugepage/enabled", encoding: .utf8),
            !mode.contains("[never]")
        else { return nil }
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_size > 0 else { return nil }
        let size = Int(info.st_size)
        var memory: UnsafeMutableRawPointer?
        guard posix_memalign(&memory, hugePage, (size + hugePage - 1) / hugePage * hugePage) == 0, let memory else { return nil }
        _ = madvise(memory, (size + hugePage - 1) / hugePage * hugePage, Int32(MADV_HUGEPAGE))
        var done = 0
        while done < size {
            let n = read(fd, memory + done, size - done)
            if n <= 0 {
                free(memory)
                return nil
            }
            done += n
        }
        return UnsafeRawBufferPointer(start: memory, count: size)
        #else
        return nil
        #endif
    }

    deinit {
        if isCopy {
            free(UnsafeMutableRawPointer(mutating: bytes.baseAddress))
        } else if let base = bytes.baseAddress {
            munmap(UnsafeMutableRawPointer(mutating: base), bytes.count)
        }
    }

    /// A little-endian `UInt32` at byte `offset`.
    @inline(__always)
    func uint32(at offset: Int) -> UInt32 {
        UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
    }
}
