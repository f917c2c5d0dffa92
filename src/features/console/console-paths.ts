export const consolePath = (meetingId: number): string => `/admin/moter/${meetingId}/konsoll`;

export const consoleItemPath = (meetingId: number, itemId: number): string =>
  `${consolePath(meetingId)}/saker/${itemId}`;
