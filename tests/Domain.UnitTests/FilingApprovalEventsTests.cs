using InvestPromo.Domain.Common;
using InvestPromo.Domain.Filings;
using InvestPromo.Domain.Notifications;
using InvestPromo.Domain.Objections;

namespace InvestPromo.Domain.UnitTests;

/// <summary>
/// Every move of a filing into or out of the analysis' counted set raises an event carrying what it counted, so the running
/// totals are kept by an Application handler, not by diffing tracked entities; moves inside the set raise none.
/// </summary>
public sealed class FilingApprovalEventsTests
{
    private static readonly FilingActor Reviewer = new(Guid.Parse("0195a3c4-0000-7000-8000-000000000e01"), "reviewer");
    private static readonly DateTimeOffset Later = new(2025, 3, 13, 10, 0, 0, TimeSpan.FromHours(8));

    /// <summary>The facts of <see cref="ObjectionTests.Published"/>'s filing: approved on 2025-03-04 (China), 15亿 of which 12亿 fixed assets.</summary>
    private static ApprovalFacts Expected(Filing filing)
    {
        Assert.NotNull(filing.ScaleBand);
        return new ApprovalFacts(filing.UnitId, filing.IndustryChainId, "440000", filing.ScaleBand, ProjectStage.Signed, new DateOnly(2025, 3, 4), 150_000_000_000, 120_000_000_000);
    }

    [Fact]
    public void Approving_raises_the_decision_and_the_approval_with_what_it_counts()
    {
        var (filing, _, _) = ObjectionTests.Published();

        // the submission (for integrators' webhooks), then the decision and the approval
        Assert.Equal([typeof(FilingSubmitted), typeof(FilingDecided), typeof(FilingApproved)], filing.DomainEvents.Select(e => e.GetType()));
        var approved = Assert.IsType<FilingApproved>(filing.DomainEvents.Last());
        Assert.Equal(filing.Id, approved.FilingId);
        Assert.Equal(Expected(filing), approved.Facts);
    }

    [Fact]
    public void Revoking_ends_the_approval_with_the_facts_that_were_counted()
    {
        var (filing, _, _) = ObjectionTests.Published();
        filing.ClearDomainEvents();

        filing.Revoke(Reviewer, Later, "重复备案");

        Assert.Equal([typeof(FilingDecided), typeof(FilingApprovalEnded)], filing.DomainEvents.Select(e => e.GetType()));
        var ended = Assert.IsType<FilingApprovalEnded>(filing.DomainEvents.Last());
        Assert.Equal((filing.Id, FilingAction.Revoked), (ended.FilingId, ended.Action));
        Assert.Equal(Expected(filing), ended.Facts);
    }

    [Theory]
    [InlineData(ObjectionRemedy.Revoke, FilingAction.Revoked)]
    [InlineData(ObjectionRemedy.Return, FilingAction.Returned)]
    public void Upholding_an_objection_ends_the_approval(ObjectionRemedy remedy, FilingAction action)
    {
        var (filing, publication, entry) = ObjectionTests.Published();
        var objection = ObjectionTests.Lodge(filing, publication, entry);
        filing.ClearDomainEvents();

        objection.Uphold(filing, remedy, Reviewer, "异议成立", Later);

        var ended = Assert.Single(filing.DomainEvents.OfType<FilingApprovalEnded>());
        Assert.Equal(action, ended.Action);
        Assert.Equal(Expected(filing), ended.Facts);
    }

    [Fact]
    public void An_objection_received_or_dismissed_leaves_the_approval_standing_and_raises_no_approval_event()
    {
        var (filing, publication, entry) = ObjectionTests.Published();
        filing.ClearDomainEvents();

        var objection = ObjectionTests.Lodge(filing, publication, entry);
        objection.Dismiss(filing, Reviewer, "不成立", Later);

        Assert.Equal([FilingAction.ObjectionReceived, FilingAction.ObjectionDismissed], filing.DomainEvents.OfType<FilingDecided>().Select(e => e.Action));
        Assert.Empty(filing.DomainEvents.OfType<FilingApproved>());
        Assert.Empty(filing.DomainEvents.OfType<FilingApprovalEnded>());
    }

    [Fact]
    public void Only_a_stored_notification_waits_for_the_commit()
    {
        var (filing, _, _) = ObjectionTests.Published();
        var notification = Notification.ForDecision(Reviewer.Id!.Value, filing.DomainEvents.OfType<FilingDecided>().First(), Later);

        Assert.IsAssignableFrom<IAfterCommitEvent>(Assert.Single(notification.DomainEvents));
        Assert.All(filing.DomainEvents, e => Assert.False(e is IAfterCommitEvent));
    }
}
