using InvestPromo.Domain.Calendar;
using InvestPromo.Domain.Projects;

namespace InvestPromo.Application.Projects.Verification;

/// <summary>
/// The one way a command puts something into the reviewers' verification queue or takes it out: call these before the command's
/// save, so the task and the change are stored together. Reporting (or reporting again after a return) opens a task due in 3
/// working days like a filing's review; confirming, verifying, returning or rejecting closes it.
/// </summary>
public static class VerificationTasks
{
    public static async Task<VerificationTask> OpenVerificationAsync(
        this IApplicationDbContext db, IWorkingCalendarSource calendars, TrackedProject project, VerificationSubject subject, Guid subjectId, string summary,
        DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(calendars);
        await db.CloseVerificationAsync(subject, subjectId, null, now, ct); // reported again: the old task is replaced
        var task = VerificationTask.Open(project, subject, subjectId, summary, now, ReviewDeadline.For(now, await calendars.GetAsync(ct)));
        db.VerificationTasks.Add(task);
        return task;
    }

    /// <summary>
    /// As <see cref="OpenVerificationAsync"/> for a subject created in this save (no task of it can exist yet), with the calendar
    /// already read: what a bulk import opens for each of its rows without a query per row.
    /// </summary>
    public static VerificationTask OpenNewVerification(
        this IApplicationDbContext db, WorkingCalendar calendar, TrackedProject project, VerificationSubject subject, Guid subjectId, string summary, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(db);
        var task = VerificationTask.Open(project, subject, subjectId, summary, now, ReviewDeadline.For(now, calendar));
        db.VerificationTasks.Add(task);
        return task;
    }

    public static async Task CloseVerificationAsync(this IApplicationDbContext db, VerificationSubject subject, Guid subjectId, Guid? by, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        foreach (var open in await db.VerificationTasks.Where(t => t.Subject == subject && t.SubjectId == subjectId && t.IsOpen).ToListAsync(ct))
        {
            open.Close(by, now);
        }
    }
}
