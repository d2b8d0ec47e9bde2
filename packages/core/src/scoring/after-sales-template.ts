import type { LocalizedText } from '../i18n/locale';
import { type AfterSalesMetricId, afterSalesMaxPoints, afterSalesRules } from './after-sales-rules';
import { deepFreeze } from './deep-freeze';
import type { Indicator, ScorecardTemplate } from './template';

function t(zh: string, en: string): LocalizedText {
  return { 'zh-CN': zh, 'en-US': en };
}

/** An indicator scored by its metric's rule in `afterSalesRules`. */
function indicator(
  id: string,
  label: LocalizedText,
  metric: AfterSalesMetricId,
  weight: number,
  suggestions: LocalizedText[],
): Indicator {
  return { id, label, source: { metric }, weight, rule: afterSalesRules[metric], suggestions };
}

/**
 * The default scorecard: seed 003's after-sales service quality template
 * [RULES.md#default-scorecard] [RULES.md#seed-003-indicators],
 * 5 dimensions and 15 indicators, weights adding to 100, each scored 10 / 8 / 5 points by bands.
 *
 * The rules are `afterSalesRules` (keyed by source metric; ratio bounds are fractions, handling
 * time is in ms, quality-inspection scores are 0–100). Indicator ids are camelCase names of the indicator (not of the metric), so a
 * host can swap an indicator's source and keep its id. Suggestions are seed 003's examples
 * [RULES.md#seed-003-template] plus common practice; hosts replace them.
 *
 * | dimension | indicator (id) | metric | weight |
 * | --- | --- | --- | --- |
 * | efficiency 25 | responseTimeliness · firstContactResolution · handlingTime | responseTimelinessRate · fcr · avgHandlingTime | 10 · 10 · 5 |
 * | professionalism 20 | diagnosisAccuracy · solutionEffectiveness · knowledgeBaseProficiency | diagnosisAccuracy · solutionEffectiveness · qaScore.knowledgeBase | 10 · 5 · 5 |
 * | attitude 20 | communicationPatience · serviceEtiquette · empathy | positiveReviewRate · qaScore.etiquette · qaScore.empathy | 10 · 5 · 5 |
 * | resolution 20 | fullResolution · complaintClosure · longTermRecurrence | resolutionRate · complaintClosureRate · repeatFaultRate | 10 · 5 · 5 |
 * | proactivity 15 | followUpTimeliness · careFrequency · opportunityDiscovery | followUpRate · careFrequency · opportunityRate | 10 · 3 · 2 |
 */
export const afterSalesTemplate: ScorecardTemplate = deepFreeze({
  id: 'afterSales',
  label: t('售后服务质量评价指标表', 'After-sales service quality scorecard'),
  missing: 'renormalise',
  maxPoints: afterSalesMaxPoints,
  dimensions: [
    {
      id: 'efficiency',
      label: t('服务效率', 'Service efficiency'),
      weight: 25,
      indicators: [
        indicator(
          'responseTimeliness',
          t('响应及时率', 'Response timeliness'),
          'responseTimelinessRate',
          10,
          [
            t('增加高峰期客服人员', 'Add staff at peak hours'),
            t('按来单高峰优化排班', 'Schedule shifts around the arrival peaks'),
            t('设置超时预警与自动派单', 'Set up overdue alerts and automatic assignment'),
          ],
        ),
        indicator(
          'firstContactResolution',
          t('首次联系解决率', 'First-contact resolution'),
          'fcr',
          10,
          [
            t('完善常见问题知识库', 'Expand the knowledge base of common problems'),
            t('扩大一线人员的处理权限', 'Give front-line staff more authority to resolve'),
          ],
        ),
        indicator(
          'handlingTime',
          t('平均处理时长', 'Average handling time'),
          'avgHandlingTime',
          5,
          [
            t('简化审批与退换货流程', 'Simplify approval and return processes'),
            t('提前储备常用备件', 'Stock common spare parts in advance'),
          ],
        ),
      ],
    },
    {
      id: 'professionalism',
      label: t('服务专业度', 'Professionalism'),
      weight: 20,
      indicators: [
        indicator(
          'diagnosisAccuracy',
          t('问题判断准确率', 'Diagnosis accuracy'),
          'diagnosisAccuracy',
          10,
          [
            t('加强产品知识培训', 'Strengthen product knowledge training'),
            t('建立故障诊断清单', 'Introduce a fault diagnosis checklist'),
          ],
        ),
        indicator(
          'solutionEffectiveness',
          t('解决方案有效性', 'Solution effectiveness'),
          'solutionEffectiveness',
          5,
          [
            t('复盘返工与复发案例', 'Review reworked and recurring cases'),
            t('将有效方案沉淀为标准作业', 'Turn proven fixes into standard procedures'),
          ],
        ),
        indicator(
          'knowledgeBaseProficiency',
          t('知识库使用熟练度', 'Knowledge base proficiency'),
          'qaScore.knowledgeBase',
          5,
          [
            t('开展知识库检索实操培训', 'Run hands-on knowledge base search training'),
            t('定期更新知识库内容', 'Keep the knowledge base up to date'),
          ],
        ),
      ],
    },
    {
      id: 'attitude',
      label: t('服务态度', 'Service attitude'),
      weight: 20,
      indicators: [
        indicator(
          'communicationPatience',
          t('沟通耐心度', 'Communication patience'),
          'positiveReviewRate',
          10,
          [
            t('开展沟通技巧培训', 'Train communication skills'),
            t('分享客户表扬案例', 'Share cases customers praised'),
          ],
        ),
        indicator('serviceEtiquette', t('服务礼仪', 'Service etiquette'), 'qaScore.etiquette', 5, [
          t('统一服务话术与礼仪规范', 'Standardise service scripts and etiquette'),
          t('加强质检抽查与反馈', 'Increase quality spot checks and feedback'),
        ]),
        indicator('empathy', t('同理心表现', 'Empathy'), 'qaScore.empathy', 5, [
          t('开展同理心情景演练', 'Practise empathy with role plays'),
          t('复盘客户情绪激烈的通话', 'Review calls with upset customers'),
        ]),
      ],
    },
    {
      id: 'resolution',
      label: t('问题解决效果', 'Resolution effectiveness'),
      weight: 20,
      indicators: [
        indicator(
          'fullResolution',
          t('客户问题完全解决率', 'Full resolution rate'),
          'resolutionRate',
          10,
          [
            t('建立疑难问题升级机制', 'Set up an escalation path for difficult problems'),
            t('跟踪未结工单直至关闭', 'Track open tickets until they are closed'),
          ],
        ),
        indicator(
          'complaintClosure',
          t('投诉关闭率', 'Complaint closure rate'),
          'complaintClosureRate',
          5,
          [
            t('指定投诉责任人并限时闭环', 'Give every complaint an owner and a closing deadline'),
            t('每周复盘未关闭投诉', 'Review unclosed complaints weekly'),
          ],
        ),
        indicator(
          'longTermRecurrence',
          t('长期复发率', 'Long-term recurrence rate'),
          'repeatFaultRate',
          5,
          [
            t('对复发故障做根因分析', 'Analyse the root cause of recurring faults'),
            t('将高发故障反馈给产品部门', 'Report frequent faults to the product team'),
          ],
        ),
      ],
    },
    {
      id: 'proactivity',
      label: t('服务主动性', 'Proactivity'),
      weight: 15,
      indicators: [
        indicator(
          'followUpTimeliness',
          t('售后回访及时性', 'Follow-up timeliness'),
          'followUpRate',
          10,
          [
            t('结单后自动生成回访任务', 'Create a follow-up task automatically at resolution'),
            t('48小时内完成回访', 'Follow up within 48 hours'),
          ],
        ),
        indicator(
          'careFrequency',
          t('使用提醒/关怀频次', 'Care contact frequency'),
          'careFrequency',
          3,
          [
            t('制定客户关怀日历', 'Plan a customer care calendar'),
            t('在保养节点发送使用提醒', 'Send usage reminders at maintenance milestones'),
          ],
        ),
        indicator(
          'opportunityDiscovery',
          t('潜在需求挖掘', 'Opportunity discovery'),
          'opportunityRate',
          2,
          [
            t('在服务中记录客户潜在需求', 'Record customer needs noticed during service'),
            t('与销售团队共享商机线索', 'Share leads with the sales team'),
          ],
        ),
      ],
    },
  ],
});
