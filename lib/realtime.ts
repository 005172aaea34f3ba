/**
 * The verb of the event the server's event hub sends by itself, never through the database: its
 * LISTEN connection was lost and came back, so events may have been missed and a subscriber should
 * refetch what it shows. Shared by the hub and the browser's live updates.
 */
export const RESYNC_VERB = "realtime.resync";
