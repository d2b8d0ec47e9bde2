import type { Meta, StoryObj } from '@storybook/react-vite';
import { DashboardPage } from './dashboard-page';

/**
 * The seed 003 assessment end to end on the demo data (6000 tickets, May–Oct 2026): scorecard and
 * grade, the seed 002 service standard as gauges, KPI cards with trends, the agent leaderboard,
 * the complaint Pareto, the PDCA before/after and the improvement actions. Pick a month and a
 * team; switch language and theme in the toolbar.
 */
const meta = {
  title: 'Pages/Dashboard',
  component: DashboardPage,
  parameters: { layout: 'fullscreen' },
  tags: ['!autodocs'],
} satisfies Meta<typeof DashboardPage>;

export default meta;
type Story = StoryObj<typeof meta>;

export const AfterSalesServiceAssessment: Story = {
  name: '售后服务考核 / After-sales service assessment',
};
