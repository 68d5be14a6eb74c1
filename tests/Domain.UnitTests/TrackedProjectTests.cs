using InvestPromo.Domain.Common;
using InvestPromo.Domain.Filings;
using InvestPromo.Domain.Projects;

namespace InvestPromo.Domain.UnitTests;

/// <summary>Approved filings and their tracked projects, for every project test (milestones, reports, service).</summary>
public static class ProjectFixtures
{
    public static readonly DateTimeOffset ApprovedAt = new(2026, 3, 2, 2, 0, 0, TimeSpan.Zero); // 2026-03-02 10:00 China
    public static readonly DateOnly ApprovedOn = new(2026, 3, 2);
    public static readonly Guid Unit = Guid.Parse("0195a3c4-0000-7000-8000-0000000000a1");
    public static readonly FilingActor Filer = new(Guid.Parse("0195a3c4-0000-7000-8000-000000000f01"), "filer");
    public static readonly FilingActor Reviewer = new(Guid.Parse("0195a3c4-0000-7000-8000-000000000e01"), "reviewer");

    public static Filing ApprovedFiling(ProjectStage stage = ProjectStage.Negotiating)
    {
        var filing = Filing.CreateDraft(Unit, FilingTests.Complete with { Stage = stage }, Filer, ApprovedAt.AddDays(-3));
        filing.Submit(ApprovedAt.AddDays(-3), new DateOnly(2026, 3, 4), new DateTimeOffset(2026, 3, 4, 16, 0, 0, TimeSpan.Zero), Filer);
        filing.Approve(Reviewer, ApprovedAt);
        return filing;
    }

    public static TrackedProject Project(ProjectStage stage = ProjectStage.Negotiating) => TrackedProject.Track(ApprovedFiling(stage), ApprovedAt);
}

public sealed class TrackedProjectTests
{
    [Fact]
    public void Tracking_takes_the_filings_id_its_fields_and_its_filed_stage_as_the_current_one()
    {
        var filing = ProjectFixtures.ApprovedFiling(ProjectStage.Signed);

        var project = TrackedProject.Track(filing, ProjectFixtures.ApprovedAt);

        Assert.Equal(filing.Id, project.Id);
        Assert.Equal(filing.Id, project.FilingId);
        Assert.Equal((filing.UnitId, filing.ProjectName, filing.IndustryChainId, filing.SourceRegionCode), (project.UnitId, project.ProjectName, project.IndustryChainId, project.SourceRegionCode));
        Assert.Equal((ProjectStage.Signed, ProjectStage.Signed), (project.FiledStage, project.Stage));
        Assert.Equal(150_000_000_000L, project.PlannedTotalFen);
        Assert.Equal(ProjectFixtures.ApprovedOn, project.ApprovedOn);
        Assert.Equal(TrackedProjectStatus.Active, project.Status);
        Assert.True(project.IsActive);
        Assert.Null(project.SignedOn);
        Assert.False(project.IsAboveDesignatedSize);
    }

    [Fact]
    public void Only_a_filing_whose_approval_stands_is_tracked()
    {
        var draft = Filing.CreateDraft(ProjectFixtures.Unit, FilingTests.Complete, ProjectFixtures.Filer, ProjectFixtures.ApprovedAt);

        Assert.Throws<InvalidOperationException>(() => TrackedProject.Track(draft, ProjectFixtures.ApprovedAt));
    }

    [Fact]
    public void When_the_approval_ends_nothing_new_is_taken_and_when_it_stands_again_the_project_goes_on()
    {
        var filing = ProjectFixtures.ApprovedFiling();
        var project = TrackedProject.Track(filing, ProjectFixtures.ApprovedAt);

        project.EndApproval();

        Assert.Equal(TrackedProjectStatus.ApprovalEnded, project.Status);
        Assert.Equal("project.not-active", Assert.Throws<DomainRuleException>(project.EnsureActive).Code);

        project.ApprovalStandsAgain(filing);

        Assert.Equal(TrackedProjectStatus.Active, project.Status);
        project.EnsureActive();
    }
}
