// The ACL entry mapping, the server's rules as plan-time checks, and the read-back equivalence
// (basic sets, canonical NFSv4 order, POSIX order, names against ids).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  canonicalNfs4,
  nfs4EntryProblems,
  nfs4FromApi,
  nfs4ToApi,
  posixEntryProblems,
  posixToApi,
  sameNfs4Entries,
  samePosixEntries,
  type Nfs4Entry,
  type PosixEntry,
} from '../../../src/providers/truenas/shared/acl-entries.js';

const nfs4 = (over: Partial<Nfs4Entry>): Nfs4Entry => ({
  tag: 'owner@',
  id: null,
  who: null,
  type: 'ALLOW',
  perms: 'READ',
  advanced_perms: null,
  flags: 'INHERIT',
  advanced_flags: null,
  ...over,
});
const posix = (tag: string, over: Partial<PosixEntry> = {}): PosixEntry => ({ tag, id: null, who: null, perms: ['READ'], default: false, ...over });
const ugo = [posix('USER_OBJ'), posix('GROUP_OBJ'), posix('OTHER')];

describe('NFSv4 entry rules', () => {
  const cases: [string, Nfs4Entry[], string[]][] = [
    ['a valid entry', [nfs4({})], []],
    ['id on a special tag', [nfs4({ id: 3 })], ['owner@ takes no id or who']],
    ['USER without id or who', [nfs4({ tag: 'USER' })], ['USER entry needs id or who']],
    ['id and who together', [nfs4({ tag: 'GROUP', id: 1, who: 'x' })], ['id and who together']],
    ['both perms spellings', [nfs4({ advanced_perms: ['EXECUTE'] })], ['Give perms or advanced_perms']],
    ['no flags', [nfs4({ flags: null })], ['Give flags or advanced_flags']],
    ['INHERIT_ONLY alone', [nfs4({ flags: null, advanced_flags: ['INHERIT_ONLY'] })], ['INHERIT_ONLY without inheritance']],
    ['DENY for everyone@', [nfs4({ tag: 'everyone@', type: 'DENY' })], ['DENY for everyone@']],
    ['DENY for a user', [nfs4({ tag: 'USER', who: 'bob', type: 'DENY' })], []],
  ];
  for (const [name, entries, summaries] of cases) {
    it(name, () =>
      assert.deepEqual(
        nfs4EntryProblems('nfs4_entries', entries).map((p) => p.summary),
        summaries,
      ),
    );
  }
  it('names the entry and attribute', () => {
    assert.deepEqual(nfs4EntryProblems('nfs4_entries', [nfs4({}), nfs4({ tag: 'group@', type: 'DENY' })])[0]?.path, [
      { attribute: 'nfs4_entries' },
      { index: 1 },
      { attribute: 'type' },
    ]);
  });
});

describe('POSIX.1e entry rules (gen_aclstring_posix1e)', () => {
  const cases: [string, PosixEntry[], boolean, string[]][] = [
    ['the three object entries', ugo, false, []],
    ['a named group without MASK', [...ugo, posix('GROUP', { id: 5 })], false, ['MASK entry missing']],
    ['a named group with MASK', [...ugo, posix('GROUP', { who: 'staff' }), posix('MASK')], false, []],
    [
      'a default named entry without a default MASK',
      [...ugo, ...ugo.map((e) => ({ ...e, default: true })), posix('USER', { id: 1, default: true })],
      false,
      ['Default MASK entry missing'],
    ],
    ['OTHER missing', [posix('USER_OBJ'), posix('GROUP_OBJ')], false, ['OTHER entry missing']],
    ['two USER_OBJ', [...ugo, posix('USER_OBJ')], false, ['Second USER_OBJ entry']],
    ['recursive without defaults', ugo, true, ['Default entries missing']],
    ['defaults incomplete', [...ugo, posix('USER_OBJ', { default: true })], false, ['Default GROUP_OBJ entry missing', 'Default OTHER entry missing']],
    ['MASK with an id', [...ugo, posix('MASK', { id: 2 })], false, ['MASK takes no id or who']],
  ];
  for (const [name, entries, recursive, summaries] of cases) {
    it(name, () =>
      assert.deepEqual(
        posixEntryProblems('posix_entries', entries, recursive).map((p) => p.summary),
        summaries,
      ),
    );
  }
});

describe('ACL entry mapping and read-back equivalence', () => {
  it('sends basic or advanced perms and flags, who alone, ids for the server', () => {
    assert.deepEqual(nfs4ToApi(nfs4({ tag: 'GROUP', who: 'staff', perms: null, advanced_perms: ['EXECUTE'] })), {
      tag: 'GROUP',
      type: 'ALLOW',
      perms: Object.fromEntries(
        [
          'READ_DATA',
          'WRITE_DATA',
          'APPEND_DATA',
          'READ_NAMED_ATTRS',
          'WRITE_NAMED_ATTRS',
          'EXECUTE',
          'DELETE',
          'DELETE_CHILD',
          'READ_ATTRIBUTES',
          'WRITE_ATTRIBUTES',
          'READ_ACL',
          'WRITE_ACL',
          'WRITE_OWNER',
          'SYNCHRONIZE',
        ].map((p) => [p, p === 'EXECUTE']),
      ),
      flags: { BASIC: 'INHERIT' },
      id: -1,
      who: 'staff',
    });
    assert.deepEqual(posixToApi(posix('USER_OBJ', { perms: ['READ', 'EXECUTE'] })), {
      tag: 'USER_OBJ',
      default: false,
      perms: { READ: true, WRITE: false, EXECUTE: true },
      id: -1,
      who: null,
    });
  });

  it('reads special entries without id or name, named ones with both', () => {
    assert.deepEqual(
      nfs4FromApi({ tag: 'owner@', id: -1, who: 'root', type: 'ALLOW', perms: { BASIC: 'READ' }, flags: { FILE_INHERIT: true, INHERITED: false } }),
      {
        ...nfs4({ flags: null, advanced_flags: ['FILE_INHERIT'] }),
      },
    );
  });

  it('takes the basic set and its advanced spelling, and canonical order, as the same ACL', () => {
    const configured = [
      nfs4({ tag: 'everyone@', perms: null, advanced_perms: ['READ_DATA', 'READ_NAMED_ATTRS', 'READ_ATTRIBUTES', 'READ_ACL', 'EXECUTE', 'SYNCHRONIZE'] }),
      nfs4({ tag: 'USER', who: 'bob', type: 'DENY', flags: null, advanced_flags: [] }),
    ];
    const read = [nfs4({ tag: 'USER', id: 1001, who: 'bob', type: 'DENY', flags: 'NOINHERIT' }), nfs4({ tag: 'everyone@' })];
    assert.deepEqual(
      canonicalNfs4(configured).map((e) => e.tag),
      ['USER', 'everyone@'],
    );
    assert.equal(sameNfs4Entries(configured, read, true), true);
    assert.equal(sameNfs4Entries(configured, read, false), false, 'without canonical order, order counts');
    assert.equal(sameNfs4Entries(configured, [read[0]!, nfs4({ tag: 'everyone@', perms: 'TRAVERSE' })], true), false);
    assert.equal(sameNfs4Entries([nfs4({ tag: 'USER', who: 'bob' })], [nfs4({ tag: 'USER', id: 1, who: 'carol' })], true), false);
  });

  it("takes a basic set as the same permissions in either release's mask (25.x written, 26.0 read), nothing wider", () => {
    // nfs4xdr's sets (25.04, 25.10) and 26.0's: READ gained SYNCHRONIZE, TRAVERSE swapped READ_ACL for it.
    const read2504 = ['READ_DATA', 'READ_ATTRIBUTES', 'READ_NAMED_ATTRS', 'READ_ACL', 'EXECUTE'];
    const traverse2504 = ['EXECUTE', 'READ_ATTRIBUTES', 'READ_NAMED_ATTRS', 'READ_ACL'];
    const advanced = (perms: string[]) => nfs4({ perms: null, advanced_perms: perms });
    const cases: [string, Nfs4Entry, Nfs4Entry, boolean][] = [
      ['READ written on 25.x, read on 26.0', nfs4({ perms: 'READ' }), advanced(read2504), true],
      ['TRAVERSE written on 25.x, read on 26.0', nfs4({ perms: 'TRAVERSE' }), advanced(traverse2504), true],
      ["READ spelt out in 25.x's mask, read as BASIC there", advanced(read2504), nfs4({ perms: 'READ' }), true],
      ["READ spelt out in 26.0's mask", advanced([...read2504, 'SYNCHRONIZE']), nfs4({ perms: 'READ' }), true],
      ['READ against 25.x TRAVERSE', nfs4({ perms: 'READ' }), advanced(traverse2504), false],
      ['TRAVERSE against READ', nfs4({ perms: 'TRAVERSE' }), nfs4({ perms: 'READ' }), false],
      ['READ against less', nfs4({ perms: 'READ' }), advanced(['READ_DATA', 'EXECUTE']), false],
      ['MODIFY against 25.x READ', nfs4({ perms: 'MODIFY' }), advanced(read2504), false],
    ];
    for (const [what, configured, read, same] of cases) assert.equal(sameNfs4Entries([configured], [read], true), same, what);
  });

  it('takes POSIX entries in any order as the same ACL', () => {
    const configured = [posix('OTHER'), posix('GROUP', { who: 'staff' }), posix('MASK'), posix('GROUP_OBJ'), posix('USER_OBJ')];
    const read = [posix('USER_OBJ'), posix('GROUP_OBJ'), posix('GROUP', { id: 3000, who: 'staff' }), posix('MASK'), posix('OTHER')];
    assert.equal(samePosixEntries(configured, read), true);
    assert.equal(
      samePosixEntries(
        configured,
        read.map((e) => (e.tag === 'OTHER' ? { ...e, perms: [] } : e)),
      ),
      false,
    );
  });
});
