using InvestPromo.Application.Associations;
using InvestPromo.Application.Associations.Commands.AddAssociationRating;
using InvestPromo.Application.Associations.Commands.ChangeAssociationStatus;
using InvestPromo.Application.Associations.Commands.CreateAssociation;
using InvestPromo.Application.Associations.Commands.CreateAssociationMember;
using InvestPromo.Application.Associations.Commands.CreateAssociationOffice;
using InvestPromo.Application.Associations.Commands.DeleteAssociationMember;
using InvestPromo.Application.Associations.Commands.UpdateAssociationMember;
using InvestPromo.Application.Associations.Commands.UpdateAssociationOffice;
using InvestPromo.Application.Associations.Commands.UpdateAssociationProfile;
using InvestPromo.Application.Associations.Queries.GetAssociation;
using InvestPromo.Application.Associations.Queries.GetAssociationPortal;
using InvestPromo.Application.Associations.Queries.ListAssociations;
using InvestPromo.Application.Common.Exceptions;
using InvestPromo.Application.Common.Security;
using InvestPromo.Application.IntegrationTests.Infrastructure;
using InvestPromo.Application.Projects.Reports;
using InvestPromo.Application.Projects.Reports.Commands.ReportMonthlyFigures;
using InvestPromo.Application.Projects.Reports.Commands.VerifyMonthlyReport;
using InvestPromo.Application.Users.Commands.CreateUser;
using InvestPromo.Domain.Associations;
using InvestPromo.Domain.Common;
using InvestPromo.Domain.Credits;
using InvestPromo.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace InvestPromo.Application.IntegrationTests;

/// <summary>The association registry and the association's portal through ISender.</summary>
[Collection(AppCollectionDefinition.Name)]
public sealed class AssociationRegistryTests(AppFixture fixture) : AppTest(fixture)
{
    private static readonly DateTimeOffset ApprovedAt = new(2026, 3, 10, 10, 0, 0, China);

    private Task<AssociationDto> NewAsync(string name, AssociationStatus? status = null, string? region = "110000") =>
        SendAsync(Reviewer, new CreateAssociationCommand(name, AssociationKind.HometownChamberElsewhere, status, region, new DateOnly(2010, 5, 1), 100, "副市长 李明"));

    private static Caller PortalUser(Guid associationId) =>
        new(Guid.NewGuid(), "association-user", null, Roles.Association) { AssociationId = associationId };

    [Fact]
    public async Task The_center_keeps_a_profile_with_officers_whose_contacts_only_the_center_reads()
    {
        var a = await NewAsync("北京常德商会");
        var updated = await SendAsync(Admin, new UpdateAssociationProfileCommand(
            a.Id, "北京常德商会", AssociationKind.HometownChamberElsewhere, "110000", new DateOnly(2009, 6, 18), 326, "副市长 李明",
            "周建华", "13807361000", "陈晓燕", "chen@example.org", a.Version));
        Assert.Equal(326, updated.MemberCount);

        var forLeader = await SendAsync(Leader, new GetAssociationQuery(a.Id));
        Assert.Equal("13807361000", forLeader.PresidentContact);
        Assert.Equal("北京市", forLeader.HomeRegionName);
        Assert.True(forLeader.ContactsVisible);

        var forOther = await SendAsync(PortalUser(Guid.NewGuid()), new GetAssociationQuery(a.Id));
        Assert.Null(forOther.PresidentContact);
        Assert.Null(forOther.SecretaryGeneralContact);
        Assert.Equal("周建华", forOther.PresidentName);

        // A stale version is refused; an unknown region is refused and nothing is saved.
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => SendAsync(Admin, new UpdateAssociationProfileCommand(
            a.Id, "x", AssociationKind.HometownChamberElsewhere, null, null, null, null, null, null, null, null, a.Version)));
        var bad = await Assert.ThrowsAsync<DomainRuleException>(() => SendAsync(Admin, new UpdateAssociationProfileCommand(
            a.Id, "x", AssociationKind.HometownChamberElsewhere, "999999", null, null, null, null, null, null, null, updated.Version)));
        Assert.Equal("association.region-not-found", bad.Code);
        Assert.Equal("北京常德商会", (await SendAsync(Admin, new GetAssociationQuery(a.Id))).Name);
    }

    [Fact]
    public async Task Status_goes_from_preparatory_to_established_to_dissolved_only()
    {
        var a = await NewAsync("上海常德商会", AssociationStatus.Preparatory, "310000");
        Assert.Equal(AssociationStatus.Preparatory, a.Status);
        var established = await SendAsync(Reviewer, new ChangeAssociationStatusCommand(a.Id, AssociationStatus.Established, a.Version));
        var back = await Assert.ThrowsAsync<DomainRuleException>(() => SendAsync(Reviewer, new ChangeAssociationStatusCommand(a.Id, AssociationStatus.Preparatory, established.Version)));
        Assert.Equal("association.status-change-invalid", back.Code);
        var dissolved = await SendAsync(Reviewer, new ChangeAssociationStatusCommand(a.Id, AssociationStatus.Dissolved, established.Version));
        Assert.Equal(AssociationStatus.Dissolved, dissolved.Status);
    }

    [Fact]
    public async Task One_rating_per_level_and_year()
    {
        var a = await NewAsync("深圳常德商会", region: "440300");
        await SendAsync(Reviewer, new AddAssociationRatingCommand(a.Id, AssociationRatingLevel.Provincial, 2023, null));
        await SendAsync(Reviewer, new AddAssociationRatingCommand(a.Id, AssociationRatingLevel.National, 2023, null));
        var twice = await Assert.ThrowsAsync<DomainRuleException>(() => SendAsync(Reviewer, new AddAssociationRatingCommand(a.Id, AssociationRatingLevel.Provincial, 2023, "again")));
        Assert.Equal("association.rating-exists", twice.Code);
        var detail = await SendAsync(Reviewer, new GetAssociationQuery(a.Id));
        Assert.Equal(2, detail.Ratings.Count);
    }

    [Fact]
    public async Task Offices_and_members_are_checked_and_searched()
    {
        var a = await NewAsync("北京常德商会");
        var b = await NewAsync("常德市江西商会", region: "360000");
        var office = await SendAsync(Reviewer, new CreateAssociationOfficeCommand(a.Id, "常德市招商联络处（深圳）", "440300", "黄海", "0755-1234567"));
        Assert.Equal("深圳市", office.CityName);
        var city = await Assert.ThrowsAsync<DomainRuleException>(() => SendAsync(Reviewer, new CreateAssociationOfficeCommand(a.Id, "某联络处", "000000", null, null)));
        Assert.Equal("association-office.city-not-found", city.Code);

        var member = await SendAsync(Reviewer, new CreateAssociationMemberCommand(a.Id, "常德德瑞装备有限公司", Draft.ValidCreditCode.ToLowerInvariant(), Equip, "会长单位"));
        Assert.Equal(Draft.ValidCreditCode, member.CreditCode);
        var code = await Assert.ThrowsAsync<DomainRuleException>(() => SendAsync(Reviewer, new CreateAssociationMemberCommand(a.Id, "坏代码公司", "91430702760750218A", null, null)));
        Assert.Equal("association-member.credit-code-invalid", code.Code);
        var chain = await Assert.ThrowsAsync<DomainRuleException>(() => SendAsync(Reviewer, new CreateAssociationMemberCommand(a.Id, "无链公司", null, Guid.NewGuid(), null)));
        Assert.Equal("association-member.chain-not-found", chain.Code);
        await SendAsync(Reviewer, new CreateAssociationMemberCommand(a.Id, "Sino-Lake Holdings Pte. Ltd.", null, null, "会员单位"));

        // Searches: by an office's city, by a member's chain, by status.
        var byCity = await SendAsync(Reviewer, new ListAssociationsQuery(RegionCode: "440300"));
        Assert.Equal([a.Id], byCity.Items.Select(x => x.Id));
        var byChain = await SendAsync(Reviewer, new ListAssociationsQuery(IndustryChainId: Equip));
        Assert.Equal([a.Id], byChain.Items.Select(x => x.Id));
        var byHome = await SendAsync(Reviewer, new ListAssociationsQuery(RegionCode: "360000"));
        Assert.Equal([b.Id], byHome.Items.Select(x => x.Id));

        // Edits carry the version; a stale one is refused; a deleted member leaves the list.
        var renamed = await SendAsync(Reviewer, new UpdateAssociationMemberCommand(a.Id, member.Id, "常德德瑞智能装备有限公司", member.CreditCode, Equip, "会长单位", member.Version));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => SendAsync(Reviewer, new UpdateAssociationMemberCommand(a.Id, member.Id, "x", null, null, null, member.Version)));
        await SendAsync(Reviewer, new DeleteAssociationMemberCommand(a.Id, member.Id, renamed.Version));
        var detail = await SendAsync(Reviewer, new GetAssociationQuery(a.Id));
        Assert.Single(detail.Members);
        Assert.Single(detail.Offices);
    }

    [Fact]
    public async Task The_portal_reaches_only_its_own_association()
    {
        var own = await NewAsync("北京常德商会");
        var other = await NewAsync("深圳常德商会", region: "440300");
        var theirs = await SendAsync(Reviewer, new CreateAssociationOfficeCommand(other.Id, "深圳联络处", "440300", null, null));
        var user = PortalUser(own.Id);

        var office = await SendAsync(user, new CreateAssociationOfficeCommand(null, "常德市招商联络处（上海）", "310000", "曾涛", null));
        Assert.Equal(own.Id, office.AssociationId);
        await SendAsync(user, new UpdateAssociationOfficeCommand(null, office.Id, "常德市招商联络站（上海）", "310000", "曾涛", null, office.Version));
        await Assert.ThrowsAsync<NotFoundException>(() => SendAsync(user, new UpdateAssociationOfficeCommand(null, theirs.Id, "抢占", "440300", null, null, theirs.Version)));
        await Assert.ThrowsAsync<NotFoundException>(() => SendAsync(user, new CreateAssociationOfficeCommand(other.Id, "越权", "440300", null, null)));

        var home = await SendAsync(user, new GetAssociationPortalQuery());
        Assert.Equal(own.Id, home.Profile.Id);
        Assert.Equal("常德市招商联络站（上海）", Assert.Single(home.Profile.Offices).Name);

        await Assert.ThrowsAsync<NotFoundException>(() => SendAsync(new Caller(Guid.NewGuid(), "orphan", null, Roles.Association), new GetAssociationPortalQuery()));
    }

    [Fact]
    public async Task Credited_projects_show_their_verified_funds_in_place()
    {
        var association = await NewAsync("北京常德商会");
        At(ApprovedAt.AddHours(-1));
        var submitted = await SubmitAsync(Filer, await CreateAsync(Filer, Draft.Complete(Equip, "北京德瑞智能装备项目")));
        At(ApprovedAt);
        var approved = await ApproveAsync(Reviewer, submitted);
        var proposedOnly = await ApprovedAsync("未确认的项目");
        At(AppFixture.Start);
        foreach (var (month, amount) in new[] { (4, 12_345_678.91m), (5, 100m) })
        {
            var report = await SendAsync(Filer, new ReportMonthlyFiguresCommand(approved.Id, MonthlyReportKind.FundsInPlace, 2026, month, amount, 0, 0, null, "银行到账", null));
            await SendAsync(Reviewer, new VerifyMonthlyReportCommand(report.ProjectId, report.Id, report.Version));
        }

        await SendAsync(Filer, new ReportMonthlyFiguresCommand(approved.Id, MonthlyReportKind.FundsInPlace, 2026, 6, 999m, 0, 0, null, "未核实", null));
        await Fixture.DbAsync(async db =>
        {
            var now = Fixture.Clock.GetUtcNow();
            var confirmed = ProjectCredit.Propose(approved.Id, approved.UnitId, association.Id, null, null, null, CreditSource.Filer, null, null, "filer", now);
            confirmed.Confirm(Guid.NewGuid(), "reviewer", now);
            db.ProjectCredits.Add(confirmed);
            db.ProjectCredits.Add(ProjectCredit.Propose(proposedOnly.Id, proposedOnly.UnitId, association.Id, null, null, null, CreditSource.Filer, null, null, "filer", now));
            await db.SaveChangesAsync();
            return 0;
        });

        var home = await SendAsync(PortalUser(association.Id), new GetAssociationPortalQuery());
        var project = Assert.Single(home.CreditedProjects.Items);
        Assert.Equal(1, home.CreditedProjects.TotalCount);
        Assert.Equal("北京德瑞智能装备项目", project.ProjectName);
        Assert.Equal(12_345_778.91m, project.VerifiedFundsInPlace);
        Assert.Equal(TrackedProjectStatus.Active, project.ProjectStatus);

        // Another association sees none of it.
        var other = await NewAsync("深圳常德商会", region: "440300");
        Assert.Empty((await SendAsync(PortalUser(other.Id), new GetAssociationPortalQuery())).CreditedProjects.Items);
    }

    [Fact]
    public async Task A_user_of_role_association_is_linked_to_an_existing_association()
    {
        var a = await NewAsync("北京常德商会");
        var missing = await Assert.ThrowsAsync<DomainRuleException>(() => SendAsync(Admin,
            new CreateUserCommand("assoc2", "联络员", "Assoc#2026-Test!", Roles.Association, null, null, null)));
        Assert.Equal("user.association-required", missing.Code);
        var unknown = await Assert.ThrowsAsync<DomainRuleException>(() => SendAsync(Admin,
            new CreateUserCommand("assoc2", "联络员", "Assoc#2026-Test!", Roles.Association, null, null, null, Guid.NewGuid())));
        Assert.Equal("user.association-not-found", unknown.Code);
        var field = await Assert.ThrowsAsync<RequestValidationException>(() => SendAsync(Admin,
            new CreateUserCommand("rev2", "审核", "Review#2026-Test!", Roles.Reviewer, null, null, null, a.Id)));
        Assert.Contains("associationId", field.Errors.Keys, StringComparer.OrdinalIgnoreCase);
        var user = await SendAsync(Admin, new CreateUserCommand("assoc2", "联络员", "Assoc#2026-Test!", Roles.Association, null, null, null, a.Id));
        Assert.Equal(a.Id, user.AssociationId);
        Assert.Equal("北京常德商会", user.AssociationName);
    }
}
