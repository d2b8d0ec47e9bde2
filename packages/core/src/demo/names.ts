import type { LocalizedText } from '../i18n/locale';
import type { Random } from './random';

const surnames: readonly (readonly [string, string])[] = [
  ['王', 'Wang'],
  ['李', 'Li'],
  ['张', 'Zhang'],
  ['刘', 'Liu'],
  ['陈', 'Chen'],
  ['杨', 'Yang'],
  ['赵', 'Zhao'],
  ['黄', 'Huang'],
  ['周', 'Zhou'],
  ['吴', 'Wu'],
  ['徐', 'Xu'],
  ['孙', 'Sun'],
  ['胡', 'Hu'],
  ['朱', 'Zhu'],
  ['高', 'Gao'],
  ['林', 'Lin'],
  ['何', 'He'],
  ['郭', 'Guo'],
  ['马', 'Ma'],
  ['罗', 'Luo'],
];

const givenNames: readonly (readonly [string, string])[] = [
  ['芳', 'Fang'],
  ['静', 'Jing'],
  ['伟', 'Wei'],
  ['敏', 'Min'],
  ['磊', 'Lei'],
  ['洋', 'Yang'],
  ['婷婷', 'Tingting'],
  ['晓明', 'Xiaoming'],
  ['海燕', 'Haiyan'],
  ['建华', 'Jianhua'],
  ['丽娟', 'Lijuan'],
  ['志强', 'Zhiqiang'],
  ['秀英', 'Xiuying'],
  ['俊杰', 'Junjie'],
  ['雪梅', 'Xuemei'],
  ['子涵', 'Zihan'],
  ['浩然', 'Haoran'],
  ['欣怡', 'Xinyi'],
  ['宇航', 'Yuhang'],
  ['佳琪', 'Jiaqi'],
  ['文博', 'Wenbo'],
  ['思远', 'Siyuan'],
  ['梦瑶', 'Mengyao'],
  ['嘉怡', 'Jiayi'],
  ['明轩', 'Mingxuan'],
  ['雨桐', 'Yutong'],
  ['天宇', 'Tianyu'],
  ['诗涵', 'Shihan'],
  ['凯', 'Kai'],
  ['琳', 'Lin'],
];

/**
 * `count` distinct Chinese names with their pinyin ("王芳" / "Wang Fang", family name first).
 * Beyond the 600 combinations a number is appended ("王芳 2" / "Wang Fang 2").
 */
export function agentNames(count: number, random: Random): LocalizedText[] {
  const combos = surnames.length * givenNames.length;
  const order = new Array<number>(combos);
  for (let i = 0; i < combos; i++) order[i] = i;
  // Fisher–Yates shuffle.
  for (let i = combos - 1; i > 0; i--) {
    const j = random.int(i + 1);
    const tmp = order[i] as number;
    order[i] = order[j] as number;
    order[j] = tmp;
  }
  const names: LocalizedText[] = [];
  for (let i = 0; i < count; i++) {
    const combo = order[i % combos] as number;
    const [zhFamily, enFamily] = surnames[combo % surnames.length] as readonly [string, string];
    const [zhGiven, enGiven] = givenNames[Math.floor(combo / surnames.length)] as readonly [
      string,
      string,
    ];
    const round = Math.floor(i / combos);
    const suffix = round === 0 ? '' : ` ${round + 1}`;
    names.push({
      'zh-CN': `${zhFamily}${zhGiven}${suffix}`,
      'en-US': `${enFamily} ${enGiven}${suffix}`,
    });
  }
  return names;
}
