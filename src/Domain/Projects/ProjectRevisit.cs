using InvestPromo.Domain.Common;

namespace InvestPromo.Domain.Projects;

/// <summary>
/// A revisit (回访) of a tracked project: the China date, who visited, whom they met, and the notes (how production and operation
/// go, what the enterprise asked for). Photos and minutes are evidence (<see cref="EvidenceSubject.Revisit"/>). Recording one moves
/// the project's last revisit and its next one due (<see cref="TrackedProject.RevisitRecorded"/>). The date is never in the
/// future and never before the approval (checked by the use case against the clock and the project).
/// </summary>
public sealed class ProjectRevisit : AuditableEntity
{
    public const int PeopleMaxLength = 200;
    public const int NotesMaxLength = 2000;

    private ProjectRevisit()
    {
        Visitors = string.Empty;
        MetWith = string.Empty;
        Notes = string.Empty;
        RecordedByName = string.Empty;
    }

    public Guid ProjectId { get; private set; }

    public DateOnly VisitedOn { get; private set; }

    /// <summary>Who visited (our side: names, departments).</summary>
    public string Visitors { get; private set; }

    /// <summary>Whom they met (the enterprise's side).</summary>
    public string MetWith { get; private set; }

    public string Notes { get; private set; }

    public string RecordedByName { get; private set; }

    /// <summary>Records a revisit of an active project and moves its schedule on (409 <c>project.not-active</c> on a stopped one).</summary>
    public static ProjectRevisit Record(
        TrackedProject project, DateOnly visitedOn, string visitors, string metWith, string notes, RevisitPolicy policy, Guid? by, string byName, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(project);
        project.EnsureActive();
        var revisit = new ProjectRevisit
        {
            ProjectId = project.Id,
            VisitedOn = visitedOn,
            Visitors = Guard.Text(visitors, PeopleMaxLength, "revisit.text-invalid", "visitors"),
            MetWith = Guard.Text(metWith, PeopleMaxLength, "revisit.text-invalid", "met with"),
            Notes = Guard.MultiLineText(notes, NotesMaxLength, "revisit.text-invalid", "notes"),
            RecordedByName = byName,
        };
        revisit.Stamp(by, now);
        project.RevisitRecorded(visitedOn, policy);
        return revisit;
    }
}
