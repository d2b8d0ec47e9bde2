/**
 * A small hand-made ticket export (40 rows, Beijing wall times, `YYYY-MM-DD HH:mm`) for the
 * "Try your own data" page. Three rows are wrong on purpose, to show the rejection report:
 * T-008 is resolved before it was created (inverted time), T-019 has csat 7 (the scale is 1–5)
 * and T-030 has an unparsable creation date (month 13, hour 25).
 */
export const exampleCsv = `ticket_id,created_at,first_response_at,resolved_at,status,kind,category,agent,team,customer,csat,review,contacts,reopens,diagnosis_correct,follow_up_at
T-001,2026-09-18 14:13,2026-09-18 14:38,2026-09-18 20:38,resolved,installation,安装不规范,zhang.wei,east,C15,5,neutral,3,0,yes,2026-09-19 00:38
T-002,2026-09-05 10:26,2026-09-05 10:31,2026-09-05 16:31,closed,installation,安装不规范,chen.jing,south,C04,,positive,3,0,no,2026-09-05 20:31
T-003,2026-09-22 15:39,2026-09-22 15:44,2026-09-22 16:44,resolved,repair,响应不及时,liu.yang,south,C02,3,negative,3,0,yes,2026-09-23 12:44
T-004,2026-09-09 11:52,2026-09-09 11:57,2026-09-09 14:57,resolved,repair,配送延迟,li.na,east,C11,5,,3,0,yes,2026-09-09 18:57
T-005,2026-09-26 16:05,2026-09-26 16:45,,open,repair,安装不规范,zhang.wei,east,C12,,,1,0,yes,
T-006,2026-09-13 12:18,2026-09-13 13:48,,open,complaint,响应不及时,chen.jing,south,C02,,,1,1,no,
T-007,2026-09-30 17:31,2026-09-30 17:43,2026-09-30 19:43,closed,repair,响应不及时,liu.yang,south,C10,,positive,1,0,yes,
T-008,2026-09-05 10:00,2026-09-05 10:20,2026-09-01 08:00,resolved,repair,安装不规范,li.na,east,C08,,,1,0,yes,
T-009,2026-09-04 09:57,2026-09-04 13:17,,open,complaint,安装不规范,zhang.wei,east,C08,,,1,0,yes,
T-010,2026-09-21 14:10,2026-09-21 14:50,2026-09-21 16:50,resolved,complaint,配送延迟,chen.jing,south,C02,4,negative,1,0,no,2026-09-22 12:50
T-011,2026-09-08 10:23,2026-09-08 11:53,2026-09-08 13:53,closed,complaint,服务态度,liu.yang,south,C15,3,negative,2,0,yes,
T-012,2026-09-25 15:36,2026-09-25 15:41,2026-09-25 17:41,resolved,installation,安装不规范,li.na,east,C05,5,negative,1,0,yes,2026-09-26 13:41
T-013,2026-09-12 11:49,2026-09-12 12:29,2026-09-13 08:29,closed,inquiry,配送延迟,zhang.wei,east,C07,5,negative,2,0,yes,2026-09-14 04:29
T-014,2026-09-29 16:02,2026-09-29 16:42,2026-09-29 17:42,closed,repair,配送延迟,chen.jing,south,C10,,positive,1,0,yes,2026-09-30 13:42
T-015,2026-09-16 12:15,2026-09-16 13:45,2026-09-17 09:45,resolved,repair,响应不及时,liu.yang,south,C07,5,positive,1,0,yes,2026-09-18 15:45
T-016,2026-09-03 17:28,2026-09-03 18:58,2026-09-04 00:58,closed,inquiry,安装不规范,li.na,east,C02,,negative,1,0,yes,2026-09-06 12:58
T-017,2026-09-20 13:41,2026-09-20 17:01,2026-09-20 23:01,closed,repair,安装不规范,zhang.wei,east,C09,4,,1,0,yes,
T-018,2026-09-07 09:54,2026-09-08 15:54,2026-09-09 21:54,closed,complaint,安装不规范,chen.jing,south,C06,3,,1,1,yes,
T-019,2026-09-24 14:07,2026-09-24 17:27,2026-09-25 13:27,resolved,complaint,配件缺失,liu.yang,south,C13,7,positive,1,0,no,
T-020,2026-09-11 10:20,2026-09-11 10:45,2026-09-11 11:45,resolved,installation,配送延迟,li.na,east,C08,3,positive,1,0,yes,2026-09-13 23:45
T-021,2026-09-28 15:33,2026-09-28 15:45,2026-09-28 17:45,resolved,installation,响应不及时,zhang.wei,east,C14,4,negative,1,0,yes,2026-09-29 23:45
T-022,2026-09-15 11:46,2026-09-16 17:46,2026-09-18 19:46,resolved,repair,配送延迟,chen.jing,south,C13,4,negative,1,0,no,2026-09-21 07:46
T-023,2026-09-02 16:59,2026-09-02 17:39,2026-09-03 23:39,closed,repair,安装不规范,liu.yang,south,C03,4,positive,3,0,yes,
T-024,2026-09-19 12:12,2026-09-19 13:42,,open,inquiry,响应不及时,li.na,east,C03,,,1,0,yes,
T-025,2026-09-06 17:25,2026-09-06 18:55,2026-09-07 00:55,resolved,repair,安装不规范,zhang.wei,east,C04,4,positive,1,1,yes,
T-026,2026-09-23 13:38,2026-09-24 19:38,2026-09-24 22:38,closed,inquiry,服务态度,chen.jing,south,C10,5,neutral,3,0,yes,2026-09-25 18:38
T-027,2026-09-10 09:51,2026-09-10 11:21,2026-09-11 07:21,resolved,repair,安装不规范,liu.yang,south,C03,4,,1,0,yes,2026-09-13 19:21
T-028,2026-09-27 14:04,2026-09-27 15:34,2026-09-27 18:34,resolved,repair,安装不规范,li.na,east,C04,5,,1,0,yes,2026-09-30 06:34
T-029,2026-09-14 10:17,2026-09-14 11:47,,open,inquiry,配送延迟,zhang.wei,east,C10,,,3,1,yes,
T-030,2026-13-45 25:00,2026-09-01 18:50,2026-09-02 00:50,closed,complaint,响应不及时,chen.jing,south,C15,4,,1,0,yes,2026-09-04 12:50
T-031,2026-09-18 11:43,2026-09-18 12:23,2026-09-18 18:23,resolved,repair,安装不规范,liu.yang,south,C11,4,negative,1,0,yes,2026-09-18 22:23
T-032,2026-09-05 16:56,2026-09-05 20:16,2026-09-05 22:16,closed,repair,配送延迟,li.na,east,C15,,positive,2,0,yes,2026-09-06 18:16
T-033,2026-09-22 12:09,2026-09-22 12:21,2026-09-23 08:21,closed,complaint,安装不规范,zhang.wei,east,C12,4,neutral,1,0,yes,2026-09-25 20:21
T-034,2026-09-09 17:22,2026-09-09 18:52,,open,complaint,配送延迟,chen.jing,south,C09,,,3,0,yes,
T-035,2026-09-26 13:35,2026-09-26 13:40,2026-09-26 14:40,resolved,complaint,安装不规范,liu.yang,south,C14,5,positive,2,0,no,2026-09-27 20:40
T-036,2026-09-13 09:48,2026-09-13 10:00,,open,complaint,安装不规范,li.na,east,C13,,,1,0,yes,
T-037,2026-09-30 14:01,2026-09-30 14:26,2026-10-01 20:26,resolved,repair,安装不规范,zhang.wei,east,C05,5,,1,0,yes,2026-10-03 02:26
T-038,2026-09-17 10:14,2026-09-17 10:39,2026-09-17 13:39,closed,repair,安装不规范,chen.jing,south,C01,4,positive,1,0,yes,2026-09-17 17:39
T-039,2026-09-04 15:27,2026-09-04 18:47,2026-09-05 14:47,closed,repair,安装不规范,liu.yang,south,C06,,,1,0,yes,2026-09-06 20:47
T-040,2026-09-21 11:40,2026-09-21 11:45,2026-09-22 17:45,resolved,inquiry,安装不规范,li.na,east,C11,,positive,2,0,no,2026-09-23 13:45
`;
