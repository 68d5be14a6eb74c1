using System.Reflection;
using InvestPromo.Domain.Common;
using InvestPromo.Domain.Filings;
using InvestPromo.Domain.Projects;

namespace InvestPromo.Domain.UnitTests;

/// <summary>Follow-up service: the next revisit due by stage, the project's own interval, revisits, and a problem's transitions.</summary>
public sealed class ProjectServiceTests
{
    private static readonly RevisitPolicy Policy = RevisitPolicy.Default;
    private static readonly DateTimeOffset Now = new(2026, 9, 1, 2, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// Sets a confirmed milestone date as the milestones branch does when a reviewer confirms one (its own method is not on this
    /// branch; at merge these tests may call it instead).
    /// </summary>
    private static TrackedProject With(TrackedProject project, string property, DateOnly? date)
    {
        typeof(TrackedProject).GetProperty(property, BindingFlags.Public | BindingFlags.Instance)!.SetValue(project, date);
        return project;
    }

    private static TrackedProject Signed(DateOnly on) => With(ProjectFixtures.Project(), nameof(TrackedProject.SignedOn), on);

    [Fact]
    public void Before_a_confirmed_signing_no_revisit_is_due_whatever_the_filed_stage()
    {
        var project = ProjectFixtures.Project(ProjectStage.Started);

        project.RecomputeNextRevisit(Policy);
        project.AssignService(ProjectFixtures.Filer.Id, "filer", null, Policy);

        Assert.Null(project.NextRevisitDueOn);
        Assert.Null(project.EffectiveRevisitIntervalDays(Policy));
        Assert.Null(project.ServiceStage);
    }

    [Fact]
    public void A_signed_project_is_due_90_days_after_signing_a_started_one_60_after_its_start_a_completed_one_90_after_completion()
    {
        var project = Signed(new DateOnly(2026, 4, 1));
        project.RecomputeNextRevisit(Policy);
        Assert.Equal(new DateOnly(2026, 6, 30), project.NextRevisitDueOn);

        With(project, nameof(TrackedProject.StartedOn), new DateOnly(2026, 5, 10)).RecomputeNextRevisit(Policy);
        Assert.Equal((ProjectStage.Started, new DateOnly(2026, 7, 9)), (project.ServiceStage, project.NextRevisitDueOn));

        With(project, nameof(TrackedProject.CompletedOn), new DateOnly(2026, 8, 1)).RecomputeNextRevisit(Policy);
        Assert.Equal((ProjectStage.Completed, new DateOnly(2026, 10, 30)), (project.ServiceStage, project.NextRevisitDueOn));
    }

    [Fact]
    public void The_intervals_follow_the_policy_and_the_projects_own_interval_overrides_its_stages()
    {
        var project = Signed(new DateOnly(2026, 4, 1));
        project.RecomputeNextRevisit(new RevisitPolicy(30, 20, 10));
        Assert.Equal(new DateOnly(2026, 5, 1), project.NextRevisitDueOn);

        project.AssignService(null, null, 14, Policy);
        Assert.Equal((14, new DateOnly(2026, 4, 15)), (project.EffectiveRevisitIntervalDays(Policy), project.NextRevisitDueOn));

        project.AssignService(null, null, null, Policy);
        Assert.Equal(new DateOnly(2026, 6, 30), project.NextRevisitDueOn);
    }

    [Fact]
    public void A_revisit_counts_from_its_date_and_an_earlier_one_recorded_late_does_not_move_the_schedule_back()
    {
        var project = Signed(new DateOnly(2026, 4, 1));
        project.RevisitRecorded(new DateOnly(2026, 6, 1), Policy);
        Assert.Equal((new DateOnly(2026, 6, 1), new DateOnly(2026, 8, 30)), (project.LastRevisitOn, project.NextRevisitDueOn));

        project.RevisitRecorded(new DateOnly(2026, 5, 1), Policy);
        Assert.Equal((new DateOnly(2026, 6, 1), new DateOnly(2026, 8, 30)), (project.LastRevisitOn, project.NextRevisitDueOn));
    }

    [Fact]
    public void A_stage_that_begins_after_the_last_revisit_counts_from_its_own_date()
    {
        var project = Signed(new DateOnly(2026, 4, 1));
        project.RevisitRecorded(new DateOnly(2026, 5, 1), Policy);

        With(project, nameof(TrackedProject.StartedOn), new DateOnly(2026, 6, 1)).RecomputeNextRevisit(Policy);

        Assert.Equal(new DateOnly(2026, 7, 31), project.NextRevisitDueOn);
    }

    [Fact]
    public void A_project_whose_approval_ended_has_no_revisit_due()
    {
        var project = Signed(new DateOnly(2026, 4, 1));
        project.RecomputeNextRevisit(Policy);

        project.EndApproval();
        project.RecomputeNextRevisit(Policy);

        Assert.Null(project.NextRevisitDueOn);
    }

    [Theory]
    [InlineData(6)]
    [InlineData(367)]
    public void An_interval_outside_7_to_366_days_is_refused(int days)
    {
        var project = Signed(new DateOnly(2026, 4, 1));

        Assert.Equal("service.interval-invalid", Assert.Throws<DomainRuleException>(() => project.AssignService(null, null, days, Policy)).Code);
        Assert.Throws<InvalidOperationException>(() => new RevisitPolicy(90, days, 90).Validated());
    }

    [Fact]
    public void Removing_the_owner_clears_its_name()
    {
        var project = Signed(new DateOnly(2026, 4, 1));
        project.AssignService(ProjectFixtures.Filer.Id, "张三", null, Policy);
        Assert.Equal("张三", project.ServiceOwnerName);

        project.AssignService(null, "张三", null, Policy);

        Assert.Equal((null, null), (project.ServiceOwnerId, project.ServiceOwnerName));
    }

    [Fact]
    public void Recording_a_revisit_moves_the_schedule_and_a_stopped_project_takes_none()
    {
        var project = Signed(new DateOnly(2026, 4, 1));

        var revisit = ProjectRevisit.Record(project, new DateOnly(2026, 7, 1), "招商科 李四", "企业 王总", "生产正常。", Policy, null, "filer", Now);

        Assert.Equal((project.Id, "招商科 李四"), (revisit.ProjectId, revisit.Visitors));
        Assert.Equal(new DateOnly(2026, 9, 29), project.NextRevisitDueOn);
        project.EndApproval();
        Assert.Equal("project.not-active", Assert.Throws<DomainRuleException>(() => ProjectRevisit.Record(project, new DateOnly(2026, 7, 2), "a", "b", "c", Policy, null, "filer", Now)).Code);
    }

    private static ProjectProblem Problem() =>
        ProjectProblem.Raise(Signed(new DateOnly(2026, 4, 1)), "用地指标未落实", "市自然资源和规划局", new DateOnly(2026, 9, 30), null, "filer", Now);

    private static void Move(ProjectProblem problem, ProblemStatus to, string? leader = null) =>
        problem.MoveTo(to, "说明", leader, "项目", ProjectFixtures.Unit, null, "reviewer", Now);

    [Fact]
    public void A_problem_starts_open_with_its_raising_in_the_history_and_goes_open_in_progress_solved()
    {
        var problem = Problem();
        Assert.Equal(ProblemStatus.Open, problem.Status);
        Assert.Equal((null, ProblemStatus.Open), (problem.Changes.Single().FromStatus, problem.Changes.Single().ToStatus));

        Move(problem, ProblemStatus.InProgress);
        Move(problem, ProblemStatus.Solved);

        Assert.Equal((ProblemStatus.Solved, new DateOnly(2026, 9, 1)), (problem.Status, problem.SolvedOn));
        Assert.False(problem.IsOpen);
        Assert.Equal([ProblemStatus.Open, ProblemStatus.InProgress, ProblemStatus.Solved], problem.Changes.Select(c => c.ToStatus));
        Assert.Equal("说明", problem.Changes[^1].Note);
        Assert.Empty(problem.DomainEvents);
    }

    [Fact]
    public void Escalating_names_the_leader_raises_an_event_and_the_problem_can_still_be_worked_on_and_solved()
    {
        var problem = Problem();

        Move(problem, ProblemStatus.Escalated, "王市长");

        Assert.Equal(("王市长", "王市长"), (problem.EscalatedTo, problem.Changes[^1].EscalatedTo));
        var escalated = Assert.IsType<ProblemEscalated>(Assert.Single(problem.DomainEvents));
        Assert.Equal(("市自然资源和规划局", "王市长"), (escalated.Department, escalated.EscalatedTo));
        Move(problem, ProblemStatus.InProgress);
        Move(problem, ProblemStatus.Solved);
        Assert.Equal(ProblemStatus.Solved, problem.Status);
    }

    [Theory]
    [InlineData(ProblemStatus.Open, ProblemStatus.Open)]
    [InlineData(ProblemStatus.InProgress, ProblemStatus.Open)]
    [InlineData(ProblemStatus.InProgress, ProblemStatus.InProgress)]
    [InlineData(ProblemStatus.Escalated, ProblemStatus.Escalated)]
    [InlineData(ProblemStatus.Escalated, ProblemStatus.Open)]
    public void Moves_the_rules_do_not_allow_are_refused(ProblemStatus from, ProblemStatus to)
    {
        var problem = Problem();
        if (from != ProblemStatus.Open)
        {
            Move(problem, from, "王市长");
        }

        Assert.Equal("problem.transition-invalid", Assert.Throws<DomainRuleException>(() => Move(problem, to, "王市长")).Code);
        Assert.Equal(from, problem.Status);
    }

    [Fact]
    public void A_solved_problem_takes_nothing_more()
    {
        var problem = Problem();
        Move(problem, ProblemStatus.Solved);

        var refused = Assert.Throws<DomainRuleException>(() => Move(problem, ProblemStatus.InProgress));

        Assert.Equal(("problem.solved", DomainRuleKind.Conflict), (refused.Code, refused.Kind));
        Assert.Equal(2, problem.Changes.Count);
    }

    [Fact]
    public void Escalating_without_a_leader_is_refused()
    {
        var problem = Problem();

        Assert.Throws<DomainRuleException>(() => Move(problem, ProblemStatus.Escalated, leader: " "));
        Assert.Equal(ProblemStatus.Open, problem.Status);
    }
}
