import { test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { decodePage, decodePageWithEncoding, MAX_PAGE_BYTES } from './decode-page.ts';
import {
  BinaryPageError,
  EmptyPageError,
  PageReadError,
  PageTooLargeError,
  UndecodablePageError,
} from './errors.ts';

const SAMPLE =
  '本报讯（记者 王小明）昨天上午，区委书记李强带队调研城市更新工作，强调要坚持问题导向，推动高质量发展。\n' +
  '区领导张伟、陈芳参加活动。各相关部门负责人汇报了工作进展情况。\n';

void test('decodes UTF-8 without a BOM', () => {
  assert.equal(decodePage(Buffer.from(SAMPLE, 'utf8'), 'a.txt'), SAMPLE);
});

void test('strips a UTF-8 BOM', () => {
  const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SAMPLE, 'utf8')]);
  assert.equal(decodePage(bytes, 'a.txt'), SAMPLE);
});

void test('detects GB18030 rather than assuming it', () => {
  const decoded = decodePageWithEncoding(iconv.encode(SAMPLE, 'gb18030'), 'gbk.txt');
  assert.equal(decoded.encoding, 'GB18030');
  assert.equal(decoded.text, SAMPLE);
});

void test('decodes UTF-16LE with a BOM', () => {
  const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SAMPLE, 'utf16le')]);
  assert.equal(decodePage(bytes, 'u16.txt'), SAMPLE);
});

void test('rejects empty and whitespace-only files', () => {
  assert.throws(() => decodePage(Buffer.alloc(0), 'empty.txt'), EmptyPageError);
  assert.throws(() => decodePage(Buffer.from(' \n\n'), 'blank.txt'), EmptyPageError);
});

void test('rejects binary files and names the file', () => {
  const bytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]);
  assert.throws(
    () => decodePage(bytes, 'photo.png'),
    (e: unknown) => {
      assert.ok(e instanceof BinaryPageError);
      assert.ok(e instanceof PageReadError);
      assert.match(e.message, /photo\.png/);
      return true;
    },
  );
  assert.throws(() => decodePage(Buffer.from('\x01\x02\x03\x04abc'), 'ctl.bin'), BinaryPageError);
});

void test('rejects files over the size limit', () => {
  assert.throws(() => decodePage(Buffer.alloc(MAX_PAGE_BYTES + 1, 0x41), 'big.txt'), PageTooLargeError);
});

void test('rejects bytes that are neither UTF-8 nor a Chinese encoding', () => {
  const bytes = Buffer.from([0x41, 0xff, 0xfe, 0xfd, 0x80, 0x81, 0x42, 0xc0, 0xc1]);
  assert.throws(() => decodePage(bytes, 'junk.txt'), UndecodablePageError);
});
