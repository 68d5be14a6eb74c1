using InvestPromo.Application.Projects.Timeline;
using InvestPromo.Domain.Projects;

namespace InvestPromo.Application.Projects.Milestones;

/// <summary>
/// A project's milestones on its timeline: every step of every milestone (reported, reported again, confirmed, returned,
/// corrected) is a line, dated by the milestone's date as it then stood, with the reason or note and a signing's amount. One query.
/// </summary>
public sealed class MilestoneTimelineSource(IApplicationDbContext db) : IProjectTimelineSource
{
    public async Task<IReadOnlyList<ProjectTimelineEntryDto>> ReadAsync(Guid projectId, CancellationToken cancellationToken)
    {
        var steps = await db.ProjectMilestones.AsNoTracking().Where(m => m.ProjectId == projectId)
            .SelectMany(m => m.History, (m, h) => new { m.Id, m.Kind, h.Action, h.At, h.OccurredOn, h.AgreementAmount, h.Reason, h.ActorName })
            .ToListAsync(cancellationToken);
        return [.. steps.OrderByDescending(s => s.At).ThenByDescending(s => s.Action).Select(s => new ProjectTimelineEntryDto(
            "milestone", s.Id, s.OccurredOn, s.At, $"{ProjectMilestones.KindZh(s.Kind)}{ActionZh(s.Action)}", s.Reason, s.Action.ToString(), s.AgreementAmount, s.ActorName))];
    }

    private static string ActionZh(MilestoneAction action) => action switch
    {
        MilestoneAction.Reported => "已上报",
        MilestoneAction.ReportedAgain => "已重新上报",
        MilestoneAction.Confirmed => "已确认",
        MilestoneAction.Returned => "已退回",
        _ => "已更正",
    };
}
