import {
  CrossAnalysisHeatmap,
  type CrossAnalysisHeatmapProps,
  useServiceScore,
} from '@servicescore/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { byIndustry, byInstaller, byTenure, industryLabels, installerLabels } from './pdca-data';

/** The heatmap with segment names in the toolbar's language. */
function Localized({
  names,
  ...props
}: CrossAnalysisHeatmapProps & { names: 'installer' | 'industry' | 'tenure' }) {
  const { locale } = useServiceScore();
  const labels =
    names === 'installer'
      ? installerLabels[locale]
      : names === 'industry'
        ? industryLabels(locale)
        : undefined;
  const headers = {
    installer: { 'zh-CN': '安装方', 'en-US': 'Installer' },
    industry: { 'zh-CN': '行业', 'en-US': 'Industry' },
    tenure: { 'zh-CN': '合作年限（年）', 'en-US': 'Tenure (years)' },
  };
  return (
    <CrossAnalysisHeatmap
      segmentLabels={labels}
      segmentHeader={headers[names][locale]}
      {...props}
    />
  );
}

const meta = {
  title: 'Widgets/CrossAnalysisHeatmap',
  component: CrossAnalysisHeatmap,
  args: { analysis: byInstaller, loading: false },
  argTypes: {
    analysis: { control: false },
    segmentLabels: { control: false },
    label: { control: 'text' },
    loading: { control: 'boolean' },
    locale: { control: 'inline-radio', options: [undefined, 'zh-CN', 'en-US'] },
  },
} satisfies Meta<typeof CrossAnalysisHeatmap>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The demo's real segment effect: customers of partner installers are markedly less satisfied. */
export const ByInstaller: Story = { render: (args) => <Localized {...args} names="installer" /> };

/** By industry: small differences, mostly not significant (no `*`). */
export const ByIndustry: Story = {
  args: { analysis: byIndustry },
  render: (args) => <Localized {...args} names="industry" />,
};

/** Tenure bands [1, 3, 5) years. */
export const ByTenureBands: Story = {
  args: { analysis: byTenure },
  render: (args) => <Localized {...args} names="tenure" />,
};

export const NoData: Story = { args: { analysis: null } };

export const Loading: Story = { args: { loading: true } };
