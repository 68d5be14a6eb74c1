using InvestPromo.Domain.Common;

namespace InvestPromo.Domain.Projects;

/// <summary>Where a problem raised on a project stands.</summary>
public enum ProblemStatus
{
    /// <summary>Raised, nobody on it yet.</summary>
    Open = 1,

    /// <summary>The responsible department is working on it.</summary>
    InProgress = 2,

    /// <summary>Solved: closed for good.</summary>
    Solved = 3,

    /// <summary>Escalated to a city leader (named): still open until solved.</summary>
    Escalated = 4,
}

/// <summary>A problem was escalated to a city leader (for webhooks).</summary>
public sealed record ProblemEscalated(Guid ProblemId, Guid ProjectId, Guid UnitId, string ProjectName, string Department, string EscalatedTo) : IDomainEvent
{
    public Guid ProblemId { get; } = ProblemId;

    public Guid ProjectId { get; } = ProjectId;

    public Guid UnitId { get; } = UnitId;

    public string ProjectName { get; } = ProjectName;

    public string Department { get; } = Department;

    public string EscalatedTo { get; } = EscalatedTo;
}

/// <summary>
/// A problem raised on a tracked project (重点难点问题, seed 001 三(四)): a description, the department responsible (free text),
/// the date it is due, and its status: Open → InProgress → Solved, or Escalated to a named city leader (then InProgress or Solved).
/// Every change keeps a note in its history (<see cref="Changes"/>), the first one its raising. Unsolved past its due date it is
/// overdue (the due list, the owners' digest). Solved is final.
/// </summary>
public sealed class ProjectProblem : AuditableEntity
{
    public const int DescriptionMaxLength = 2000;
    public const int DepartmentMaxLength = 100;
    public const int LeaderMaxLength = 50;

    private readonly List<ProjectProblemChange> _changes = [];

    private ProjectProblem()
    {
        Description = string.Empty;
        Department = string.Empty;
    }

    public Guid ProjectId { get; private set; }

    public string Description { get; private set; }

    /// <summary>The department responsible (责任单位), free text; earlier entries are offered as suggestions.</summary>
    public string Department { get; private set; }

    public DateOnly DueOn { get; private set; }

    public ProblemStatus Status { get; private set; }

    /// <summary>The city leader it was (last) escalated to.</summary>
    public string? EscalatedTo { get; private set; }

    /// <summary>The China date it was solved.</summary>
    public DateOnly? SolvedOn { get; private set; }

    public IReadOnlyList<ProjectProblemChange> Changes => _changes;

    /// <summary>Whether it still needs work (counted as open on the leader's dashboard).</summary>
    public bool IsOpen => Status != ProblemStatus.Solved;

    /// <summary>Raises a problem on an active project (409 <c>project.not-active</c> on a stopped one).</summary>
    public static ProjectProblem Raise(TrackedProject project, string description, string department, DateOnly dueOn, Guid? by, string byName, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(project);
        project.EnsureActive();
        var problem = new ProjectProblem
        {
            ProjectId = project.Id,
            Description = Guard.MultiLineText(description, DescriptionMaxLength, "problem.text-invalid", "description"),
            Department = Guard.Text(department, DepartmentMaxLength, "problem.text-invalid", "department"),
            DueOn = dueOn,
            Status = ProblemStatus.Open,
        };
        problem.Stamp(by, now);
        problem._changes.Add(ProjectProblemChange.Create(problem.Id, null, ProblemStatus.Open, null, null, by, byName, now));
        return problem;
    }

    /// <summary>Whether the rules allow going from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static bool CanMove(ProblemStatus from, ProblemStatus to) => (from, to) switch
    {
        (ProblemStatus.Open, ProblemStatus.InProgress or ProblemStatus.Solved or ProblemStatus.Escalated) => true,
        (ProblemStatus.InProgress, ProblemStatus.Solved or ProblemStatus.Escalated) => true,
        (ProblemStatus.Escalated, ProblemStatus.InProgress or ProblemStatus.Solved) => true,
        _ => false,
    };

    /// <summary>
    /// Moves the problem on with a note; escalating names the leader. A solved problem takes nothing (409 <c>problem.solved</c>),
    /// nor does a move the rules do not allow (409 <c>problem.transition-invalid</c>).
    /// </summary>
    public void MoveTo(ProblemStatus to, string note, string? escalatedTo, string projectName, Guid unitId, Guid? by, string byName, DateTimeOffset now)
    {
        if (Status == ProblemStatus.Solved)
        {
            throw DomainRuleException.Conflict("problem.solved", "The problem is solved: its status no longer changes.");
        }

        if (!CanMove(Status, to))
        {
            throw DomainRuleException.Conflict("problem.transition-invalid", $"A problem {Status} cannot become {to}.");
        }

        var text = Guard.MultiLineText(note, ProjectProblemChange.NoteMaxLength, "problem.text-invalid", "note");
        string? leader = null;
        if (to == ProblemStatus.Escalated)
        {
            leader = Guard.Text(escalatedTo, LeaderMaxLength, "problem.text-invalid", "city leader");
            EscalatedTo = leader;
        }

        var from = Status;
        Status = to;
        SolvedOn = to == ProblemStatus.Solved ? ChinaTime.DateOf(now) : null;
        _changes.Add(ProjectProblemChange.Create(Id, from, to, text, leader, by, byName, now));
        if (to == ProblemStatus.Escalated)
        {
            AddDomainEvent(new ProblemEscalated(Id, ProjectId, unitId, projectName, Department, leader!));
        }
    }
}

/// <summary>One step of a problem's history: from, to, the note, the leader when escalated, who and when. Never changed.</summary>
public sealed class ProjectProblemChange : Entity
{
    public const int NoteMaxLength = 1000;

    private ProjectProblemChange()
    {
        ByName = string.Empty;
    }

    public Guid ProblemId { get; private set; }

    /// <summary>Null for the raising.</summary>
    public ProblemStatus? FromStatus { get; private set; }

    public ProblemStatus ToStatus { get; private set; }

    public string? Note { get; private set; }

    public string? EscalatedTo { get; private set; }

    public Guid? By { get; private set; }

    public string ByName { get; private set; }

    public DateTimeOffset At { get; private set; }

    internal static ProjectProblemChange Create(Guid problemId, ProblemStatus? from, ProblemStatus to, string? note, string? escalatedTo, Guid? by, string byName, DateTimeOffset at) => new()
    {
        ProblemId = problemId,
        FromStatus = from,
        ToStatus = to,
        Note = note,
        EscalatedTo = escalatedTo,
        By = by,
        ByName = byName,
        At = at,
    };
}
