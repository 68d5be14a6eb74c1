using InvestPromo.Domain.Calendar;
using InvestPromo.Domain.Common;

namespace InvestPromo.Domain.Projects;

/// <summary>What a reviewer verifies on a tracked project.</summary>
public enum VerificationSubject
{
    /// <summary>A reported milestone (签约, 开工, 竣工/投产).</summary>
    Milestone = 1,

    /// <summary>A monthly report of actual funds in place (实际到位资金).</summary>
    FundsReport = 2,

    /// <summary>A monthly report of fixed-asset investment completed (实际完成固定资产投资).</summary>
    InvestmentReport = 3,
}

/// <summary>
/// One item of the reviewers' verification queue: a milestone or monthly report waiting for a decision, due like a filing's review
/// (the end of the third working day after the report's China date, <see cref="ReviewDeadline.For"/>). Opened by the command that
/// reports (or corrects and reports again) the subject, closed by the one that confirms, verifies, returns or rejects it, in the
/// same save. At most one open task per subject. The queue reads this table alone.
/// </summary>
public sealed class VerificationTask : Entity
{
    public const int SummaryMaxLength = 300;

    private VerificationTask()
    {
        Summary = string.Empty;
    }

    public Guid ProjectId { get; private set; }

    public Guid UnitId { get; private set; }

    public VerificationSubject Subject { get; private set; }

    public Guid SubjectId { get; private set; }

    /// <summary>What is to be verified, in words ("签约 2026-05-08，协议投资额 12亿元").</summary>
    public string Summary { get; private set; }

    public DateTimeOffset SubmittedAt { get; private set; }

    public DateOnly DueOn { get; private set; }

    public DateTimeOffset DueAt { get; private set; }

    public bool DueProvisional { get; private set; }

    public bool IsOpen { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public Guid? ClosedBy { get; private set; }

    public static VerificationTask Open(TrackedProject project, VerificationSubject subject, Guid subjectId, string summary, DateTimeOffset now, ReviewDue due)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(summary);
        return new VerificationTask
        {
            ProjectId = project.Id,
            UnitId = project.UnitId,
            Subject = subject,
            SubjectId = subjectId,
            Summary = summary.Length <= SummaryMaxLength ? summary : summary[..SummaryMaxLength],
            SubmittedAt = now,
            DueOn = due.On,
            DueAt = due.At,
            DueProvisional = due.Provisional,
            IsOpen = true,
        };
    }

    public void Close(Guid? by, DateTimeOffset now)
    {
        if (!IsOpen)
        {
            return;
        }

        IsOpen = false;
        ClosedAt = now;
        ClosedBy = by;
    }
}
