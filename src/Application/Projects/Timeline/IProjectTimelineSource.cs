namespace InvestPromo.Application.Projects.Timeline;

/// <summary>
/// One line of a tracked project's timeline (its page): a milestone, a monthly report, a revisit, a problem … <see cref="Kind"/>
/// names the source ("milestone", "fundsReport", "investmentReport", "revisit", "problem", "stage"); <see cref="On"/> is the China
/// date the line is about (the milestone's date, the report's month's first day, the revisit's date), <see cref="At"/> when it
/// was recorded; <see cref="Status"/> the subject's status name; <see cref="Amount"/> yuan where the line has one.
/// </summary>
public sealed record ProjectTimelineEntryDto(
    string Kind,
    Guid SubjectId,
    DateOnly On,
    DateTimeOffset At,
    string Title,
    string? Detail,
    string? Status,
    decimal? Amount,
    string? ActorName);

/// <summary>
/// A feature's lines of a project's timeline. Every implementation in the Application assembly is registered (scoped) by
/// <c>AddApplication</c>; the timeline query asks each one and merges the lines, newest first. One query per source.
/// </summary>
public interface IProjectTimelineSource
{
    Task<IReadOnlyList<ProjectTimelineEntryDto>> ReadAsync(Guid projectId, CancellationToken cancellationToken);
}
