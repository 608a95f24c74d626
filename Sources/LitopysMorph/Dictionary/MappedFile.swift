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

    /// Maps the file at `path`; throws a ``MorphError`` naming the file when it cannot.
    init(path: String) throws(MorphError) {
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

    deinit {
        if let base = bytes.baseAddress {
            munmap(UnsafeMutableRawPointer(mutating: base), bytes.count)
        }
    }

    /// A little-endian `UInt32` at byte `offset`.
    @inline(__always)
    func uint32(at offset: Int) -> UInt32 {
        UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
    }
}
