"""
Writes altered copies of a good package with Python's zipfile, an independent zip writer.
argv: good package, output folder, instructions (JSON: a list of {"file": name, "ops": [...]}).
Ops: ["flip", path, offset]  ["drop", path]  ["add", path, text]  ["rename", path, new]
     ["dup", path]  ["symlink", path, target]  ["replace", path, file-with-new-bytes]
     ["bomb", path, inflated_bytes, declared_bytes]  (declared_bytes 0: tell the truth)
"""
import json, os, struct, sys, zipfile

good, out_dir, spec = sys.argv[1], sys.argv[2], json.load(open(sys.argv[3]))
with zipfile.ZipFile(good) as z:
    original = [(i.filename, z.read(i)) for i in z.infolist()]

def write(target, entries, lies):
    with zipfile.ZipFile(target, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data, link in entries:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            if link:
                info.create_system = 3
                info.external_attr = (0o120777 << 16)
            z.writestr(info, data)
    # A directory that lies: the declared inflated size of an entry patched down, in both of its headers.
    for name, declared in lies:
        raw = bytearray(open(target, 'rb').read())
        encoded = name.encode()
        at = 0
        while True:
            at = raw.find(encoded, at)
            if at < 0:
                break
            if raw[at - 30:at - 26] == b'PK\x03\x04':
                struct.pack_into('<I', raw, at - 30 + 22, declared)
            elif raw[at - 46:at - 42] == b'PK\x01\x02':
                struct.pack_into('<I', raw, at - 46 + 24, declared)
            at += 1
        open(target, 'wb').write(bytes(raw))

for variant in spec:
    entries = [[n, d, False] for n, d in original]
    lies = []
    for op in variant['ops']:
        kind = op[0]
        if kind == 'flip':
            for e in entries:
                if e[0] == op[1]:
                    b = bytearray(e[1]); b[op[2]] ^= 0x01; e[1] = bytes(b)
        elif kind == 'drop':
            entries = [e for e in entries if e[0] != op[1]]
        elif kind == 'add':
            entries.append([op[1], op[2].encode(), False])
        elif kind == 'rename':
            for e in entries:
                if e[0] == op[1]:
                    e[0] = op[2]
        elif kind == 'dup':
            entries.append([op[1], next(e[1] for e in entries if e[0] == op[1]), False])
        elif kind == 'symlink':
            entries.append([op[1], op[2].encode(), True])
        elif kind == 'replace':
            data = open(op[2], 'rb').read()
            for e in entries:
                if e[0] == op[1]:
                    e[1] = data
        elif kind == 'bomb':
            entries.append([op[1], bytes(op[2]), False])
            if op[3]:
                lies.append((op[1], op[3]))
    write(os.path.join(out_dir, variant['file']), entries, lies)
