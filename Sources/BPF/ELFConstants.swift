/// The ELF numbers the decoder needs (System V gABI, `elf.h`).
enum ELF {
    static let headerSize = 64
    static let sectionHeaderSize = 64
    static let symbolSize = 24
    static let relocationSize = 16

    static let classELF64: UInt8 = 2
    static let dataLittle: UInt8 = 1
    static let dataBig: UInt8 = 2

    static let typeRelocatable: UInt16 = 1
    static let machineNone: UInt16 = 0
    static let machineBPF: UInt16 = 247

    static let sectionNull: UInt32 = 0
    static let sectionProgbits: UInt32 = 1
    static let sectionSymtab: UInt32 = 2
    static let sectionStrtab: UInt32 = 3
    static let sectionRel: UInt32 = 9
    static let sectionNobits: UInt32 = 8

    static let flagExecInstr: UInt64 = 0x4

    static let indexUndefined: UInt16 = 0
    static let indexLoReserve: UInt16 = 0xff00
    static let indexExtended: UInt16 = 0xffff

    static let symbolNoType: UInt8 = 0
    static let symbolObject: UInt8 = 1
    static let symbolFunc: UInt8 = 2
    static let symbolSection: UInt8 = 3

    static let bindLocal: UInt8 = 0
    static let bindGlobal: UInt8 = 1
    static let bindWeak: UInt8 = 2
}
