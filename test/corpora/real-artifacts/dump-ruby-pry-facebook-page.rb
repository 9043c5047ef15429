[80] pry(main)> comment = page_post.comments.first
=> #<FacebookAds::Comment {:created_time=>Fri, 18 Oct 2019 03:09:46 +0000, :message=>"Link forwards to SCAM page! Report!", :id=>"471120650281326_471482563578468"}>

[81] pry(main)> accounts = FacebookAds::User.get('me', ad_account_1.session).accounts.first
=> #<FacebookAds::Page {:access_token=>"EAAGPQG1eqCMhIXUfJJGT9eziQD5fTmugBuh7VxeOMJ6WQkp4B0ZLpv9vwuwToZchBdY1vCmtKswSACJLsZYXHxxdnih8wotjc61TDD90wLISc9AKMLcDfDR55hwk3YAsxWWUDkWtzBuWFE8HlEUtpllcSJvEQ8uDu7oWigxb3ZyhoGO3gPhHanFR", :category=>"Cause", :category_list=>[#<FacebookAds::PageCategory {:id=>"2606", :name=>"Cause"}>], :name=>"Blogz Timez", :id=>"380138442712881", :tasks=>["ANALYZE", "ADVERTISE", "MODERATE", "CREATE_CONTENT", "MANAGE"]}>

[83] pry(main)> FacebookAds::Comment.get("471120650281326_471482563578468", access_token: "EAAGPQG1eqCMhIXUfJJGT9eziQD5fTmugBuh7VxeOMJ6WQkp4B0ZLpv9vwuwToZchBdY1vCmtKswSACJLsZYXHxxdnih8wotjc61TDD90wLISc9AKMLcDfDR55hwk3YAsxWWUDkWtzBuWFE8HlEUtpllcSJvEQ8uDu7oWigxb3ZyhoGO3gPhHanFR")
=> #<FacebookAds::Comment {:id=>"471120650281326_471482563578468"}>

[86] pry(main)> k.is_hidden = true
=> true
[88] pry(main)> k.save
=> 2019-11-17 18:46:30 +0300
