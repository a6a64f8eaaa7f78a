/** UI text of the notification bell: Simplified Chinese and English side by side (gathered in src/app/messages.ts). */
export const notificationsZh = {
  'notifications.title': '消息通知',
  'notifications.readAll': '全部标为已读',
  'notifications.none': '没有消息',
  'notifications.kind.TASK': '新待办',
  'notifications.kind.RETURN': '退回',
  'notifications.kind.TRANSFER': '转办',
  'notifications.kind.DELEGATE': '委派',
  'notifications.kind.RESOLVE': '交回',
  'notifications.kind.COPY': '抄送',
  'notifications.kind.URGE': '催办',
  'notifications.kind.DIGEST': '每日提醒',
};

export const notificationsEn: Record<keyof typeof notificationsZh, string> = {
  'notifications.title': 'Notifications',
  'notifications.readAll': 'Mark all read',
  'notifications.none': 'No notifications',
  'notifications.kind.TASK': 'New task',
  'notifications.kind.RETURN': 'Returned',
  'notifications.kind.TRANSFER': 'Transferred',
  'notifications.kind.DELEGATE': 'Delegated',
  'notifications.kind.RESOLVE': 'Handed back',
  'notifications.kind.COPY': 'Copy',
  'notifications.kind.URGE': 'Urge',
  'notifications.kind.DIGEST': 'Daily digest',
};
