import type { Locale, LocalizedText } from '../i18n/locale';

/** A labelled demo code (category, product, region, channel, industry). */
export interface DemoEntry {
  id: string;
  label: LocalizedText;
}

/**
 * Complaint and fault causes (`ticket.category`), in Pareto order of their share among complaints
 * before the improvement cycle: the top three are ≈ 84 % of complaints (≈ 80 % after it).
 */
export const demoCategories: readonly DemoEntry[] = [
  { id: 'poor-installation', label: { 'zh-CN': '安装不规范', 'en-US': 'Poor installation' } },
  { id: 'late-delivery', label: { 'zh-CN': '配送延迟', 'en-US': 'Late delivery' } },
  { id: 'slow-response', label: { 'zh-CN': '响应不及时', 'en-US': 'Slow response' } },
  { id: 'attitude', label: { 'zh-CN': '服务态度', 'en-US': 'Staff attitude' } },
  { id: 'missed-appointment', label: { 'zh-CN': '预约爽约', 'en-US': 'Missed appointment' } },
  { id: 'missing-parts', label: { 'zh-CN': '配件缺失', 'en-US': 'Missing parts' } },
  { id: 'packaging-damage', label: { 'zh-CN': '包装破损', 'en-US': 'Packaging damage' } },
  { id: 'billing-dispute', label: { 'zh-CN': '收费争议', 'en-US': 'Billing dispute' } },
  { id: 'product-fault', label: { 'zh-CN': '产品故障', 'en-US': 'Product fault' } },
];

/** Category indexes into {@link demoCategories}, used by the generators. */
export const Cat = {
  poorInstallation: 0,
  lateDelivery: 1,
  slowResponse: 2,
  attitude: 3,
  missedAppointment: 4,
  missingParts: 5,
  packagingDamage: 6,
  billingDispute: 7,
  productFault: 8,
} as const;

/** Share of each category among complaints before the improvement cycle (Pareto-shaped). */
export const complaintCauseWeights = [0.4, 0.26, 0.18, 0.045, 0.04, 0.03, 0.02, 0.015, 0.01];

/** Fault causes of repair tickets. */
export const repairCauseWeights = [0.17, 0, 0, 0, 0, 0.1, 0.04, 0, 0.69];

/** Reasons for returns. */
export const returnCauseWeights = [0, 0.15, 0, 0, 0, 0.2, 0.35, 0, 0.3];

/** The appliances the demo desk services. Shares are of customers' owned products. */
export const demoProducts: readonly (DemoEntry & { share: number })[] = [
  {
    id: 'AC-200',
    label: { 'zh-CN': '空调 AC-200', 'en-US': 'Air conditioner AC-200' },
    share: 0.28,
  },
  {
    id: 'WM-80',
    label: { 'zh-CN': '滚筒洗衣机 WM-80', 'en-US': 'Washing machine WM-80' },
    share: 0.18,
  },
  { id: 'RF-450', label: { 'zh-CN': '冰箱 RF-450', 'en-US': 'Refrigerator RF-450' }, share: 0.17 },
  { id: 'WH-60', label: { 'zh-CN': '热水器 WH-60', 'en-US': 'Water heater WH-60' }, share: 0.14 },
  { id: 'TV-65', label: { 'zh-CN': '电视 TV-65', 'en-US': 'Television TV-65' }, share: 0.1 },
  { id: 'DW-12', label: { 'zh-CN': '洗碗机 DW-12', 'en-US': 'Dishwasher DW-12' }, share: 0.07 },
  {
    id: 'AP-30',
    label: { 'zh-CN': '空气净化器 AP-30', 'en-US': 'Air purifier AP-30' },
    share: 0.06,
  },
];

/** Service regions; team `i` serves region `i mod 7` (`ticket.region` is the region id). */
export const demoRegions: readonly DemoEntry[] = [
  { id: 'east', label: { 'zh-CN': '华东', 'en-US': 'East' } },
  { id: 'south', label: { 'zh-CN': '华南', 'en-US': 'South' } },
  { id: 'north', label: { 'zh-CN': '华北', 'en-US': 'North' } },
  { id: 'central', label: { 'zh-CN': '华中', 'en-US': 'Central' } },
  { id: 'southwest', label: { 'zh-CN': '西南', 'en-US': 'Southwest' } },
  { id: 'northwest', label: { 'zh-CN': '西北', 'en-US': 'Northwest' } },
  { id: 'northeast', label: { 'zh-CN': '东北', 'en-US': 'Northeast' } },
];

/** Contact channels (`ticket.channel`) with their share of tickets. */
export const demoChannels: readonly (DemoEntry & { share: number })[] = [
  { id: 'phone', label: { 'zh-CN': '电话', 'en-US': 'Phone' }, share: 0.38 },
  { id: 'chat', label: { 'zh-CN': '在线客服', 'en-US': 'Online chat' }, share: 0.24 },
  { id: 'app', label: { 'zh-CN': 'APP', 'en-US': 'App' }, share: 0.16 },
  { id: 'email', label: { 'zh-CN': '邮件', 'en-US': 'Email' }, share: 0.1 },
  { id: 'onsite', label: { 'zh-CN': '上门/门店', 'en-US': 'On-site' }, share: 0.12 },
];

/** Customer industries (`customer.attributes.industry`) with their share of customers. */
export const demoIndustries: readonly (DemoEntry & { share: number })[] = [
  { id: 'residential', label: { 'zh-CN': '家庭用户', 'en-US': 'Residential' }, share: 0.55 },
  { id: 'retail', label: { 'zh-CN': '零售', 'en-US': 'Retail' }, share: 0.12 },
  { id: 'hospitality', label: { 'zh-CN': '酒店餐饮', 'en-US': 'Hospitality' }, share: 0.1 },
  { id: 'office', label: { 'zh-CN': '办公楼宇', 'en-US': 'Offices' }, share: 0.1 },
  { id: 'education', label: { 'zh-CN': '教育', 'en-US': 'Education' }, share: 0.07 },
  { id: 'healthcare', label: { 'zh-CN': '医疗', 'en-US': 'Healthcare' }, share: 0.06 },
];

const categoryById = new Map(demoCategories.map((c) => [c.id, c.label]));

/**
 * The display label of a demo complaint/fault category id (`ticket.category`).
 * Unknown ids come back unchanged, so a host's own categories pass through.
 *
 * @example demoCategoryLabel('late-delivery', 'zh-CN') // '配送延迟'
 */
export function demoCategoryLabel(id: string, locale: Locale): string {
  return categoryById.get(id)?.[locale] ?? id;
}

const chineseDigits = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** A team of the demo desk. */
export interface DemoTeam {
  id: string;
  name: LocalizedText;
  /** Region id the team serves. */
  region: string;
}

/** Team `index` (0-based): 华东一组 East 1, 华南一组 South 1, … then 华东二组 East 2 … */
export function demoTeam(index: number): DemoTeam {
  const region = demoRegions[index % demoRegions.length] as DemoEntry;
  const n = Math.floor(index / demoRegions.length) + 1;
  const zhNumber = n <= 10 ? chineseDigits[n] : String(n);
  return {
    id: `${region.id}-${n}`,
    name: {
      'zh-CN': `${region.label['zh-CN']}${zhNumber}组`,
      'en-US': `${region.label['en-US']} ${n}`,
    },
    region: region.id,
  };
}
